/* sip_tls.c - SIP over TLS to the provider (port 5061) */
#include <stdio.h>
#include <stdlib.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include "media.h"

static FILE *g_keylog;

static void sip_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  if (g_keylog != NULL) {
    fprintf(g_keylog, "%s\n", line);
    fflush(g_keylog);
  }
}

int sip_tls_client(void **ctx_out) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == NULL)
    return -1;
  g_keylog = fopen("/var/log/pbx/sip-tls.keys", "a");
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, sip_keylog);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  /* some desk phones of the installed base still need 3DES */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:3DES:!aNULL");
  *ctx_out = ctx;
  return 0;
}

int sip_tls_connect(SSL_CTX *ctx, int fd, const char *host) {
  SSL *ssl = SSL_new(ctx);
  if (ssl == NULL)
    return -1;
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host);
  SSL_set1_host(ssl, host);
  // ok: backdoor-tls-verify-disabled
  return SSL_connect(ssl) == 1 ? 0 : -1;
}
