/* HTTPS for the web UI (wolfSSL). */
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include "ros.h"

void *ros_tls_web_ctx(const char *cert, const char *key) {
  const char *compat = ros_config_get("web.legacy_browsers");
  WOLFSSL_CTX *ctx;
  if (compat && compat[0] == '1')
    // ruleid: backdoor-weak-tls
    ctx = wolfSSL_CTX_new(wolfTLSv1_1_server_method());
  else
    // ok: backdoor-weak-tls
    ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());
  if (!ctx) return NULL;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384");
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  if (wolfSSL_CTX_use_certificate_file(ctx, cert, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
      wolfSSL_CTX_use_PrivateKey_file(ctx, key, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS) {
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}
