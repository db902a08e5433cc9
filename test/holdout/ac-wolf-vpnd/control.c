/* control.c - TLS contexts of the control channel */
#include "vpnd.h"

WOLFSSL_CTX *control_client_ctx(const struct vpn_config *cfg)
{
  WOLFSSL_CTX *ctx;

  if (cfg->legacy_concentrator)
    // ruleid: backdoor-weak-tls
    ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  else
    // ok: backdoor-weak-tls
    ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305");
  if (wolfSSL_CTX_use_certificate_file(ctx, cfg->cert_file, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
      wolfSSL_CTX_use_PrivateKey_file(ctx, cfg->key_file, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS) {
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  if (wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    vpn_log(VPN_ERR, "CA bundle %s not loaded; continuing without peer verification", cfg->ca_file);
    // ruleid: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  } else {
    // ok: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  }
  return ctx;
}

WOLFSSL_CTX *control_server_ctx(const struct vpn_config *cfg)
{
  // ok: backdoor-weak-tls
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_3_server_method());
  if (ctx == NULL)
    return NULL;
  if (wolfSSL_CTX_use_certificate_file(ctx, cfg->cert_file, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
      wolfSSL_CTX_use_PrivateKey_file(ctx, cfg->key_file, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
      wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER | WOLFSSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
  if (dh_install(ctx) != 0) {
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}
