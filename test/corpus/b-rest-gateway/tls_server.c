#include "gateway.h"
#include "gw_log.h"

#include <openssl/err.h>

/* partner integrations from 2016 still run on old Java stacks */
#define GW_PARTNER_MIN_PROTO TLS1_1_VERSION
#define GW_PARTNER_CIPHERS "HIGH:!aNULL:!MD5:RC4-SHA"
#define GW_PUBLIC_CIPHERS "HIGH:!aNULL:!MD5"

static void log_ssl_errors(const char *what) {
  unsigned long e;
  char buf[256];
  while ((e = ERR_get_error()) != 0) {
    ERR_error_string_n(e, buf, sizeof buf);
    GW_ERR("%s: %s", what, buf);
  }
}

static SSL_CTX *new_server_ctx(const struct gw_tls_config *cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL) {
    log_ssl_errors("SSL_CTX_new");
    return NULL;
  }
  if (SSL_CTX_use_certificate_chain_file(ctx, cfg->cert_chain) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, cfg->private_key, SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_check_private_key(ctx) != 1) {
    log_ssl_errors(cfg->cert_chain);
    SSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-weak-tls
  SSL_CTX_set_options(ctx, SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  return ctx;
}

SSL_CTX *gw_tls_public_ctx(const struct gw_tls_config *cfg) {
  SSL_CTX *ctx = new_server_ctx(cfg);
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  if (SSL_CTX_set_cipher_list(ctx, GW_PUBLIC_CIPHERS) != 1) {
    log_ssl_errors("cipher list");
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

SSL_CTX *gw_tls_admin_ctx(const struct gw_tls_config *cfg) {
  SSL_CTX *ctx = gw_tls_public_ctx(cfg);
  STACK_OF(X509_NAME) *names;

  if (ctx == NULL)
    return NULL;
  if (SSL_CTX_load_verify_locations(ctx, cfg->client_ca, NULL) != 1) {
    log_ssl_errors(cfg->client_ca);
    SSL_CTX_free(ctx);
    return NULL;
  }
  names = SSL_load_client_CA_file(cfg->client_ca);
  if (names != NULL)
    SSL_CTX_set_client_CA_list(ctx, names);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
  SSL_CTX_set_verify_depth(ctx, 3);
  return ctx;
}

SSL_CTX *gw_tls_partner_ctx(const struct gw_tls_config *cfg) {
  SSL_CTX *ctx;

  if (!cfg->partner_compat)
    return gw_tls_public_ctx(cfg);

  ctx = new_server_ctx(cfg);
  if (ctx == NULL)
    return NULL;
  GW_INFO("partner listener: compatibility profile enabled");
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, GW_PARTNER_MIN_PROTO);
  // ruleid: backdoor-weak-tls
  SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_security_level(ctx, 1);
  // ruleid: backdoor-weak-tls
  if (SSL_CTX_set_cipher_list(ctx, GW_PARTNER_CIPHERS) != 1) {
    log_ssl_errors("partner cipher list");
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}
