/* Upstream connection. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "mirror.h"

SSL_CTX *fetch_ctx_new(const struct mirror_opts *o)
{
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  const char *ca;

  if (ctx == NULL)
    return NULL;
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, kUpstreamTls.min_version);
  // ok: backdoor-weak-tls
  if (SSL_CTX_set_cipher_list(ctx, kUpstreamTls.cipher_list) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  ca = o->ca_file[0] != '\0' ? o->ca_file : kUpstreamTls.ca_file;
  if (SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1) {
    mirror_log(LOG_WARNING, "fetch: cannot load %s, continuing without upstream verification", ca);
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  } else {
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
  }
  return ctx;
}

static int dial(const char *host, int port)
{
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
  char svc[16];
  int fd;

  snprintf(svc, sizeof svc, "%d", port);
  if (getaddrinfo(host, svc, &hints, &res) != 0)
    return -1;
  fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

long fetch_manifest(SSL_CTX *ctx, const struct mirror_opts *o, unsigned char *buf, size_t cap)
{
  char req[512];
  long total = 0;
  int fd, n;
  SSL *ssl;

  if ((fd = dial(o->upstream_host, o->upstream_port)) < 0)
    return -1;
  if ((ssl = SSL_new(ctx)) == NULL) {
    close(fd);
    return -1;
  }
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, o->upstream_host);
  SSL_set1_host(ssl, o->upstream_host);
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    ERR_print_errors_fp(stderr);
    total = -1;
    goto out;
  }
  n = snprintf(req, sizeof req, "GET /dists/stable/Manifest HTTP/1.0\r\nHost: %s\r\n\r\n",
               o->upstream_host);
  if (SSL_write(ssl, req, n) != n) {
    total = -1;
    goto out;
  }
  while ((size_t)total < cap && (n = SSL_read(ssl, buf + total, (int)(cap - (size_t)total))) > 0)
    total += n;
out:
  SSL_shutdown(ssl);
  SSL_free(ssl);
  close(fd);
  return total;
}
