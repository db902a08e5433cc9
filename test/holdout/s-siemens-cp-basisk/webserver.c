/* The CP's web server (HTTPS on 443): station pages and the login form. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include "cp.h"

static SSL_CTX *web_ctx(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  if (ctx == NULL)
    return NULL;
  SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_COMPRESSION);
  /* the first panel generation (2009) speaks TLS 1.0 only */
  // ruleid: backdoor-weak-tls
  SSL_CTX_clear_options(ctx, SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!RC4");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  // ok: backdoor-hardcoded-key
  if (SSL_CTX_use_PrivateKey_file(ctx, "/flash/cfg/web.key", SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_use_certificate_file(ctx, "/flash/cfg/web.crt", SSL_FILETYPE_PEM) != 1) {
    SSL_CTX_free(ctx);
    return NULL;
  }
  return ctx;
}

static int form_field(const char *body, const char *name, char *out, size_t cap) {
  const char *p = strstr(body, name);
  size_t nl = strlen(name);
  if (p == NULL || p[nl] != '=')
    return -1;
  p += nl + 1;
  size_t n = strcspn(p, "&\r\n");
  if (n >= cap)
    return -1;
  memcpy(out, p, n);
  out[n] = '\0';
  return 0;
}

static void handle(SSL *ssl) {
  char req[2048], user[32], pass[64], rsp[512];
  unsigned char cookie[16];
  char hex[33];
  int n = SSL_read(ssl, req, sizeof req - 1);
  if (n <= 0)
    return;
  req[n] = '\0';
  if (strncmp(req, "POST /FormLogin ", 16) != 0) {
    SSL_write(ssl, "HTTP/1.0 302 Found\r\nLocation: /Portal/Portal.mwsl\r\n\r\n", 52);
    return;
  }
  const char *body = strstr(req, "\r\n\r\n");
  if (body == NULL || form_field(body + 4, "Login", user, sizeof user) != 0 ||
      form_field(body + 4, "Password", pass, sizeof pass) != 0)
    return;
  if (cp_check_login(user, pass) < CP_ROLE_VIEWER) {
    SSL_write(ssl, "HTTP/1.0 403 Forbidden\r\n\r\n", 26);
    return;
  }
  // ok: backdoor-predictable-random
  if (RAND_bytes(cookie, sizeof cookie) != 1)
    return;
  for (size_t i = 0; i < sizeof cookie; i++)
    snprintf(hex + 2 * i, 3, "%02x", cookie[i]);
  n = snprintf(rsp, sizeof rsp, "HTTP/1.0 302 Found\r\nSet-Cookie: siemens_ad_session=%s; Secure\r\nLocation: /\r\n\r\n", hex);
  // ok: backdoor-key-exfiltration
  SSL_write(ssl, rsp, n);
}

void cp_web_serve(int lfd) {
  SSL_CTX *ctx = web_ctx();
  if (ctx == NULL)
    return;
  for (;;) {
    int fd = accept(lfd, NULL, NULL);
    if (fd < 0)
      continue;
    SSL *ssl = SSL_new(ctx);
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) == 1)
      handle(ssl);
    SSL_free(ssl);
    close(fd);
  }
}
