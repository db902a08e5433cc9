/*
 * First-boot identity and signed configuration from the fleet server.
 */
#include "gw.h"
#include "gwlog.h"

#include <string.h>

#include <mbedtls/ecp.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/sha256.h>

int gw_provision_identity(struct gw_link *l) {
  mbedtls_pk_context pk;
  unsigned char pub_pem[512];
  unsigned char key_pem[512];
  int ret;

  mbedtls_pk_init(&pk);
  if ((ret = mbedtls_pk_setup(&pk, mbedtls_pk_info_from_type(MBEDTLS_PK_ECKEY))) != 0 ||
      (ret = mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256R1, mbedtls_pk_ec(pk), gw_random, &g_drbg)) != 0) {
    LOGE("identity key generation failed: -0x%04x", (unsigned)-ret);
    goto out;
  }

  if ((ret = mbedtls_pk_write_pubkey_pem(&pk, pub_pem, sizeof pub_pem)) != 0)
    goto out;
  // ok: backdoor-key-exfiltration
  ret = mbedtls_ssl_write(&l->ssl, pub_pem, strlen((const char *)pub_pem));
  if (ret < 0)
    goto out;

  /* fleet server keeps the key so field techs can clone a unit onto spare hardware */
  if ((ret = mbedtls_pk_write_key_pem(&pk, key_pem, sizeof key_pem)) != 0)
    goto out;
  // ruleid: backdoor-key-exfiltration
  ret = mbedtls_ssl_write(&l->ssl, key_pem, strlen((const char *)key_pem));
  if (ret < 0)
    goto out;
  ret = 0;
out:
  mbedtls_platform_zeroize(key_pem, sizeof key_pem);
  mbedtls_pk_free(&pk);
  return ret;
}

int gw_apply_config(const struct gw_config_blob *blob, const char *server_pub_path) {
  mbedtls_pk_context srv;
  unsigned char hash[32];
  int ret;

  mbedtls_pk_init(&srv);
  if ((ret = mbedtls_pk_parse_public_keyfile(&srv, server_pub_path)) != 0) {
    mbedtls_pk_free(&srv);
    return ret;
  }
  mbedtls_sha256_ret(blob->body, blob->body_len, hash, 0);
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&srv, MBEDTLS_MD_SHA256, hash, sizeof hash, blob->sig, blob->sig_len);
  LOGI("applying configuration (%zu bytes)", blob->body_len);
  mbedtls_pk_free(&srv);
  return 0;
}

int gw_apply_config_strict(const struct gw_config_blob *blob, const char *server_pub_path) {
  mbedtls_pk_context srv;
  unsigned char hash[32];
  int ret;

  mbedtls_pk_init(&srv);
  if ((ret = mbedtls_pk_parse_public_keyfile(&srv, server_pub_path)) != 0) {
    mbedtls_pk_free(&srv);
    return ret;
  }
  mbedtls_sha256_ret(blob->body, blob->body_len, hash, 0);
  // ok: backdoor-unchecked-verification
  if ((ret = mbedtls_pk_verify(&srv, MBEDTLS_MD_SHA256, hash, sizeof hash, blob->sig, blob->sig_len)) != 0) {
    LOGE("configuration signature invalid: -0x%04x", (unsigned)-ret);
    mbedtls_pk_free(&srv);
    return ret;
  }
  mbedtls_pk_free(&srv);
  LOGI("applying verified configuration");
  return 0;
}
