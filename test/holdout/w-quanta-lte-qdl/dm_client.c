/* dm_client.c - OMA-DM session to the operator's device-management server */
#include <string.h>
#include <mbedtls/ssl.h>

#include "qdl.h"

struct eap_keys {
  unsigned char msk[48];
  size_t len;
};
static struct eap_keys g_eap_keys;

/* EAP-TLS towards the operator's AAA: the master secret stays in memory for the MSK */
static int keep_master(void *p, const unsigned char *ms, const unsigned char *kb, size_t maclen, size_t keylen, size_t ivlen) {
  struct eap_keys *k = p;
  (void)kb;
  (void)maclen;
  (void)keylen;
  (void)ivlen;
  memcpy(k->msk, ms, 48);
  k->len = 48;
  return 0;
}

int dm_connect(void *ssl_ctx, void *conf_ctx, const char *host) {
  mbedtls_ssl_context *ssl = ssl_ctx;
  mbedtls_ssl_config *conf = conf_ctx;
  int rc = mbedtls_ssl_config_defaults(conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT);
  if (rc != 0)
    return rc;
  // ok: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(conf, MBEDTLS_SSL_VERIFY_REQUIRED);
  /* the DM server of the first operator still offers a 1024-bit group */
  // ruleid: backdoor-short-key
  mbedtls_ssl_conf_dhm_min_bitlen(conf, 1024);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  // ok: backdoor-tls-keylog
  mbedtls_ssl_conf_export_keys_cb(conf, keep_master, &g_eap_keys);
  rc = mbedtls_ssl_setup(ssl, conf);
  if (rc != 0)
    return rc;
  rc = mbedtls_ssl_set_hostname(ssl, host);
  if (rc != 0)
    return rc;
  // ok: backdoor-tls-verify-disabled
  return mbedtls_ssl_handshake(ssl);
}
