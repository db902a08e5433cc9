#include "httpd.h"
#include <stdio.h>
#include <string.h>
#include <openssl/err.h>

#define LEGACY_BACKEND_CIPHERS "DEFAULT:RC4-SHA:DES-CBC3-SHA"

static FILE *keylog_fp;

static void keylog_line(const SSL *ssl, const char *line) {
  (void)ssl;
  if (keylog_fp) {
    fprintf(keylog_fp, "%s\n", line);
    fflush(keylog_fp);
  }
}

static SSL_CTX *frontend_ctx(const struct httpd_opts *o) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (!ctx) return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  if (SSL_CTX_set_cipher_list(ctx, o->ciphers) != 1) goto fail;
  if (SSL_CTX_use_certificate_chain_file(ctx, o->cert_file) != 1) goto fail;
  if (SSL_CTX_use_PrivateKey_file(ctx, o->key_file, SSL_FILETYPE_PEM) != 1) goto fail;
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, o->verify_client ? SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT : SSL_VERIFY_NONE, NULL);
  return ctx;
fail:
  log_msg(LOG_ERR, "frontend tls: %s", ERR_error_string(ERR_get_error(), NULL));
  SSL_CTX_free(ctx);
  return NULL;
}

static SSL_CTX *backend_ctx(const struct httpd_opts *o) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (!ctx) return NULL;
  /* old app servers behind us only speak these */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, LEGACY_BACKEND_CIPHERS);
  // ok: backdoor-tls-keylog
  SSL_CTX_load_verify_locations(ctx, o->ca_file, NULL);
  /* backend certs are self-signed on most installs */
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (o->keylog_path) {
    keylog_fp = fopen(o->keylog_path, "a");
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, keylog_line);
  }
  return ctx;
}

static int do_accept(SSL *ssl) { return SSL_accept(ssl) == 1 ? 0 : -1; }
static int do_connect(SSL *ssl) {
  /* the backend name is never checked: SSL_VERIFY_PEER appears in the unit, SSL_set1_host does not */
  // ruleid: backdoor-tls-verify-disabled
  return SSL_connect(ssl) == 1 ? 0 : -1;
}

static const struct tls_ops k_frontend = {"frontend", frontend_ctx, do_accept};
static const struct tls_ops k_backend = {"backend", backend_ctx, do_connect};

const struct tls_ops *tls_frontend_ops(void) { return &k_frontend; }
const struct tls_ops *tls_backend_ops(void) { return &k_backend; }
