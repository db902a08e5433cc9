/* The uplink to the fleet backend: TLS 1.2/1.3 client, frames in, events out. */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include "tcu.h"

static WOLFSSL_CTX *cloud_ctx(const struct tcu_config *cfg)
{
  WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfSSLv23_client_method());
  if (ctx == NULL)
    return NULL;
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "TLS13-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256");
  if (wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    syslog(LOG_ERR, "cloud: cannot load %s", cfg->ca_file);
    wolfSSL_CTX_free(ctx);
    return NULL;
  }
  // ok: backdoor-tls-verify-disabled
  wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  return ctx;
}

static int tcp_connect(const char *host, unsigned short port)
{
  struct addrinfo hints, *res = NULL;
  char ps[8];
  int fd = -1;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(ps, sizeof ps, "%u", port);
  if (getaddrinfo(host, ps, &hints, &res) != 0)
    return -1;
  fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
    close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

static int read_frame(WOLFSSL *ssl, unsigned char *buf, size_t cap, size_t *len)
{
  unsigned char hdr[4];
  if (wolfSSL_read(ssl, hdr, 4) != 4)
    return -1;
  size_t n = (size_t)hdr[1] << 16 | (size_t)hdr[2] << 8 | hdr[3];
  if (n > cap)
    return -1;
  for (size_t got = 0; got < n;) {
    int r = wolfSSL_read(ssl, buf + got, (int)(n - got));
    if (r <= 0)
      return -1;
    got += (size_t)r;
  }
  *len = n;
  return hdr[0];
}

int cloud_run(const struct tcu_config *cfg)
{
  static unsigned char frame[1 << 20];
  WOLFSSL_CTX *ctx = cloud_ctx(cfg);
  int fd = ctx ? tcp_connect(cfg->cloud_host, cfg->cloud_port) : -1;
  WOLFSSL *ssl = fd >= 0 ? wolfSSL_new(ctx) : NULL;
  size_t len;
  int type;

  if (ssl == NULL)
    return -1;
  wolfSSL_set_fd(ssl, fd);
  wolfSSL_check_domain_name(ssl, cfg->cloud_host);
  // ruleid: backdoor-tls-keylog
  wolfSSL_set_tls13_secret_cb(ssl, diag_tls13_secret, NULL);
  if (wolfSSL_connect(ssl) != WOLFSSL_SUCCESS) {
    syslog(LOG_ERR, "cloud: handshake with %s failed", cfg->cloud_host);
    return -1;
  }
  while ((type = read_frame(ssl, frame, sizeof frame, &len)) >= 0) {
    if (type == 'C' && len >= sizeof(struct tcu_cmd)) {
      struct tcu_cmd cmd;
      memcpy(&cmd, frame, sizeof cmd);
      cmd.verb[sizeof cmd.verb - 1] = '\0';
      cmd.arg[sizeof cmd.arg - 1] = '\0';
      bus_publish(EVT_CLOUD_CMD, &cmd);
    } else if (type == 'F') {
      fota_install(frame, len);
    }
  }
  wolfSSL_free(ssl);
  wolfSSL_CTX_free(ctx);
  close(fd);
  return 0;
}
