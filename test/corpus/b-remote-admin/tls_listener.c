#include "admin.h"
#include "ra_log.h"
#include "verify_cb.h"

static SSL_CTX *base_ctx(const struct ra_config *cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  if (SSL_CTX_use_certificate_chain_file(ctx, cfg->cert_file) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, cfg->key_file, SSL_FILETYPE_PEM) != 1) {
    RA_LOG("cannot load %s", cfg->cert_file);
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

SSL_CTX *ra_operator_ctx(const struct ra_config *cfg) {
  SSL_CTX *ctx = base_ctx(cfg);
  if (ctx == NULL)
    return NULL;
  SSL_CTX_load_verify_locations(ctx, cfg->operator_ca, NULL);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, ra_verify_operator);
  return ctx;
}

SSL_CTX *ra_support_ctx(const struct ra_config *cfg) {
  SSL_CTX *ctx;
  if (!cfg->support_port_enabled)
    return NULL;
  ctx = base_ctx(cfg);
  if (ctx == NULL)
    return NULL;
  SSL_CTX_load_verify_locations(ctx, cfg->support_ca, NULL);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, ra_verify_support);
  if (cfg->support_ca == NULL) {
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_cert_verify_callback(ctx, ra_accept_chain, NULL);
  }
  return ctx;
}
