/* SIP over TLS (port 5061) for the desk phones and the softphone. */
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "pbx.h"

SSL_CTX *sip_tls_context(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  /* First-generation desk phones only speak TLS 1.0. */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, g_pbx_cfg.legacy_phones ? TLS1_VERSION : TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL");
  /* Phones authenticate with SIP digest, not with a client certificate. */
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_chain_file(ctx, g_pbx_cfg.sip_cert) != 1 ||
      // ok: backdoor-hardcoded-key
      SSL_CTX_use_PrivateKey_file(ctx, g_pbx_cfg.sip_key, SSL_FILETYPE_PEM) != 1) {
    pbx_log(3, "SIP-TLS key: %s", ERR_reason_error_string(ERR_get_error()));
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}
