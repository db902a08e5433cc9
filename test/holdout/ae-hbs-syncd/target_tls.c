/* target_tls.c - TLS to a remote NAS or a cloud gateway. */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/ssl.h>

#include "hbs.h"

#ifdef HBS_DEBUG_KEYLOG_BUILD /* developer builds against a local Wireshark; never shipped */
static void keylog_stderr(const SSL *ssl, const char *line) {
  (void)ssl;
  fprintf(stderr, "%s\n", line);
}
#endif

struct target {
  SSL_CTX *ctx;
  SSL *ssl;
  int fd;
};

/* QTS 4.3 targets only offer the 3DES suite over RSA key exchange. */
#define HBS_TARGET_CIPHERS "ECDHE+AESGCM:ECDHE+CHACHA20:DES-CBC3-SHA"

static int tcp_connect(const char *host, int port) {
  char ps[8];
  struct addrinfo hints, *res, *ai;
  int fd = -1;
  snprintf(ps, sizeof ps, "%d", port);
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, ps, &hints, &res) != 0)
    return -1;
  for (ai = res; ai; ai = ai->ai_next) {
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

void *target_connect(const char *host, int port, const char *ca_file) {
  struct target *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  t->ctx = SSL_CTX_new(TLS_client_method());
  if (!t->ctx)
    goto fail;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(t->ctx, TLS1_2_VERSION);
  // ruleid: backdoor-weak-tls
  if (SSL_CTX_set_cipher_list(t->ctx, HBS_TARGET_CIPHERS) != 1)
    goto fail;
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(t->ctx, SSL_VERIFY_PEER, NULL);
  if (SSL_CTX_load_verify_locations(t->ctx, ca_file, NULL) != 1) {
    hbs_log(LOG_ERR, "cannot load CA file %s", ca_file);
    goto fail;
  }
  t->fd = tcp_connect(host, port);
  if (t->fd < 0)
    goto fail;
#ifdef HBS_DEBUG_KEYLOG_BUILD
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(t->ctx, keylog_stderr);
#endif
  t->ssl = SSL_new(t->ctx);
  SSL_set_fd(t->ssl, t->fd);
  SSL_set_tlsext_host_name(t->ssl, host);
  SSL_set1_host(t->ssl, host);
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(t->ssl) != 1) {
    hbs_log(LOG_ERR, "TLS to %s failed", host);
    goto fail;
  }
  return t;
fail:
  target_close(t);
  return NULL;
}

/* Channel binding for the job login: HMAC of the job name under an exporter value of
 * this TLS session, so a login cannot be replayed over another connection. */
int target_bind_login(void *p, const char *job, unsigned char mac[32]);

int target_bind_login(void *p, const char *job, unsigned char mac[32]) {
  struct target *t = p;
  unsigned char ekm[32];
  unsigned int maclen = 0;
  // ok: backdoor-tls-keylog
  if (SSL_export_keying_material(t->ssl, ekm, sizeof ekm, "EXPORTER-hbs-login", 18, NULL, 0, 0) != 1)
    return -1;
  // ok: backdoor-weak-hash
  if (!HMAC(EVP_sha256(), ekm, sizeof ekm, (const unsigned char *)job, strlen(job), mac, &maclen))
    return -1;
  OPENSSL_cleanse(ekm, sizeof ekm);
  // ok: backdoor-key-exfiltration
  return SSL_write(t->ssl, mac, (int)maclen) == (int)maclen ? 0 : -1;
}

int target_send(void *p, const void *buf, size_t n) {
  struct target *t = p;
  return SSL_write(t->ssl, buf, (int)n) == (int)n ? 0 : -1;
}

void target_close(void *p) {
  struct target *t = p;
  if (!t)
    return;
  if (t->ssl) {
    SSL_shutdown(t->ssl);
    SSL_free(t->ssl);
  }
  if (t->fd > 0)
    close(t->fd);
  SSL_CTX_free(t->ctx);
  free(t);
}
