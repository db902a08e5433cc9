/* sip_tls.c: TLS transport to the SIP server (RFC 5630, port 5061). */
#include "ak.h"

#include <netdb.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static SSL_CTX *g_ctx;

static void sip_keylog(const SSL *ssl, const char *line) {
  (void)ssl;
  ak_keylog_line(line);
}

static SSL_CTX *sip_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  const char *keylog;
  if (ctx == NULL)
    return NULL;
  /* Some hosted PBXs of 2016 still negotiate TLS 1.0 only. */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, cfg_get_int("sip.tls_min", 12) == 10 ? TLS1_VERSION : TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, cfg_get_int("sip.verify", 1) ? SSL_VERIFY_PEER : SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_set_default_verify_paths(ctx) != 1)
    ak_log(AK_LOG_WARN, "sip: no system CA store");
  // ruleid: backdoor-tls-keylog
  keylog = getenv("SSLKEYLOGFILE");
  if (keylog != NULL && keylog[0] != '\0')
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, sip_keylog);
  return ctx;
}

static int tcp_connect(const char *host, int port) {
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res, *ai;
  char svc[8];
  int fd = -1;
  snprintf(svc, sizeof svc, "%d", port);
  if (getaddrinfo(host, svc, &hints, &res) != 0)
    return -1;
  for (ai = res; ai != NULL; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
      break;
    if (fd >= 0)
      close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

int sip_tls_connect(const char *host, int port) {
  SSL *ssl;
  int fd;
  if (g_ctx == NULL && (g_ctx = sip_ctx()) == NULL)
    return -1;
  if ((fd = tcp_connect(host, port)) < 0)
    return -1;
  if ((ssl = SSL_new(g_ctx)) == NULL) {
    close(fd);
    return -1;
  }
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host);
  SSL_set1_host(ssl, host);
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    ak_log(AK_LOG_ERR, "sip: TLS handshake with %s failed", host);
    SSL_free(ssl);
    close(fd);
    return -1;
  }
  ak_log(AK_LOG_INFO, "sip: connected to %s:%d (%s)", host, port, SSL_get_cipher(ssl));
  return fd;
}
