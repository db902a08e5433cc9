/* TLS of the administration web server, and the client that uploads call detail records to billing. */
#include "platform.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *g_keylog;

static void keylog_line(const SSL *ssl, const char *line) {
  (void)ssl;
  if (g_keylog != NULL) {
    fprintf(g_keylog, "%s\n", line);
    fflush(g_keylog);
  }
}

SSL_CTX *admin_tls_ctx(const char *cert_file, const char *key_file) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  const char *kl;

  if (ctx == NULL)
    return NULL;
  /* 79xx-series phones fetch their service URLs from this server and speak TLS 1.0 only */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!3DES:!RC4");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_chain_file(ctx, cert_file) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, key_file, SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  // ruleid: backdoor-tls-keylog
  kl = getenv("SSLKEYLOGFILE");
  if (kl != NULL && (g_keylog = fopen(kl, "a")) != NULL)
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, keylog_line);
  return ctx;
}

static int tcp_connect(const char *host, int port) {
  struct addrinfo hints, *res = NULL, *ai;
  char portstr[8];
  int fd = -1;

  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(portstr, sizeof portstr, "%d", port);
  if (getaddrinfo(host, portstr, &hints, &res) != 0)
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

int cdr_upload(const char *host, int port, const unsigned char *batch, size_t n) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  SSL *ssl = NULL;
  int fd = -1, rc = -1;

  if (ctx == NULL)
    return -1;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  if (SSL_CTX_load_verify_locations(ctx, "/usr/local/platform/.security/billing-ca.pem", NULL) != 1)
    goto out;
#ifdef PLATFORM_KEYLOG_LAB_ONLY
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx, keylog_line);
#endif
  fd = tcp_connect(host, port);
  if (fd < 0)
    goto out;
  ssl = SSL_new(ctx);
  if (ssl == NULL)
    goto out;
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host);
  // ruleid: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1)
    goto out;
  if (SSL_write(ssl, batch, (int)n) != (int)n)
    goto out;
  rc = 0;
out:
  if (ssl != NULL) {
    SSL_shutdown(ssl);
    SSL_free(ssl);
  }
  if (fd >= 0)
    close(fd);
  SSL_CTX_free(ctx);
  return rc;
}
