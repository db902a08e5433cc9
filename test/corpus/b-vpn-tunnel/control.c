/*
 * Control channel: TLS 1.2+/1.3 to the concentrator.
 */
#include "tunnel.h"
#include "tun_log.h"

#include <stdio.h>
#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/x509v3.h>

static FILE *g_keylog_fp;

static void ctl_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  if (g_keylog_fp == NULL)
    return;
  fputs(line, g_keylog_fp);
  fputc('\n', g_keylog_fp);
  fflush(g_keylog_fp);
}

static void enable_keylog(SSL_CTX *ctx) {
  // ruleid: backdoor-tls-keylog
  const char *path = getenv("SSLKEYLOGFILE");
  if (path == NULL || *path == '\0')
    return;
  g_keylog_fp = fopen(path, "a");
  if (g_keylog_fp == NULL) {
    log_msg(TL_WARN, "cannot open key log %s", path);
    return;
  }
  log_msg(TL_NOTICE, "TLS key logging to %s", path);
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, ctl_keylog);
}

SSL_CTX *ctl_client_ctx(const struct tun_config *cfg) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  if (SSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != 1) {
    log_msg(TL_ERR, "cannot load CA file %s", cfg->ca_file);
    SSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  enable_keylog(ctx);
  return ctx;
}

SSL *ctl_connect(SSL_CTX *ctx, int fd, const struct tun_config *cfg) {
  SSL *ssl = SSL_new(ctx);
  long vr;

  if (ssl == NULL)
    return NULL;
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, cfg->server_name);
  if (SSL_set1_host(ssl, cfg->server_name) != 1) {
    SSL_free(ssl);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    vr = SSL_get_verify_result(ssl);
    log_msg(TL_ERR, "control channel handshake failed: %s", X509_verify_cert_error_string(vr));
    SSL_free(ssl);
    return NULL;
  }
  log_msg(TL_NOTICE, "control channel up: %s %s", SSL_get_version(ssl), SSL_get_cipher_name(ssl));
  return ssl;
}
