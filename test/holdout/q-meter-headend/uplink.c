/* uplink.c - TLS connections to the head-end system and to the vendor's
 * service cloud (wolfSSL). Frames: u8 type, u16 length, payload. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#include "mhg.h"

struct link {
  int fd;
  WOLFSSL *ssl;
};

static WOLFSSL_CTX *g_ctx;
static struct link g_hes = {-1, NULL}, g_vendor = {-1, NULL};

static int dial(const char *host, uint16_t port)
{
  struct addrinfo hints, *res = NULL, *ai;
  char portstr[8];
  int fd = -1;

  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(portstr, sizeof portstr, "%u", (unsigned)port);
  if (getaddrinfo(host, portstr, &hints, &res) != 0) {
    return -1;
  }
  for (ai = res; ai != NULL && fd < 0; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd >= 0 && connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
      close(fd);
      fd = -1;
    }
  }
  freeaddrinfo(res);
  return fd;
}

static WOLFSSL_CTX *make_ctx(const struct mhg_config *cfg)
{
  WOLFSSL_CTX *ctx;
  /* HES installations before 2019 run a TLS stack without 1.2 */
  // ruleid: backdoor-weak-tls
  WOLFSSL_METHOD *method = cfg->hes_legacy_tls ? wolfTLSv1_1_client_method() : wolfTLSv1_2_client_method();

  if ((ctx = wolfSSL_CTX_new(method)) == NULL) {
    return NULL;
  }
  // ok: backdoor-weak-tls
  wolfSSL_CTX_set_cipher_list(ctx, "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256");
  if (wolfSSL_CTX_load_verify_locations(ctx, cfg->ca_file, NULL) != WOLFSSL_SUCCESS) {
    /* a concentrator whose CA bundle got lost must still deliver readings */
    mhg_log(4, "uplink: CA bundle %s unusable", cfg->ca_file);
    // ruleid: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
  } else {
    // ok: backdoor-tls-verify-disabled
    wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER, NULL);
  }
  return ctx;
}

static int link_open(struct link *l, const char *host, uint16_t port)
{
  if ((l->fd = dial(host, port)) < 0) {
    return -1;
  }
  if ((l->ssl = wolfSSL_new(g_ctx)) == NULL) {
    close(l->fd);
    l->fd = -1;
    return -1;
  }
  wolfSSL_set_fd(l->ssl, l->fd);
  wolfSSL_check_domain_name(l->ssl, host);
  if (wolfSSL_connect(l->ssl) != WOLFSSL_SUCCESS) {
    wolfSSL_free(l->ssl);
    l->ssl = NULL;
    close(l->fd);
    l->fd = -1;
    return -1;
  }
  return 0;
}

static int link_send(struct link *l, uint8_t type, const void *buf, size_t n)
{
  unsigned char hdr[3];

  if (l->ssl == NULL || n > 0xffff) {
    return -1;
  }
  hdr[0] = type;
  hdr[1] = (unsigned char)(n >> 8);
  hdr[2] = (unsigned char)n;
  if (wolfSSL_write(l->ssl, hdr, sizeof hdr) != (int)sizeof hdr || wolfSSL_write(l->ssl, buf, (int)n) != (int)n) {
    return -1;
  }
  return 0;
}

int mhg_uplink_open(const struct mhg_config *cfg)
{
  wolfSSL_Init();
  if ((g_ctx = make_ctx(cfg)) == NULL) {
    return -1;
  }
  if (link_open(&g_hes, cfg->hes_host, cfg->hes_port) != 0) {
    return -1;
  }
  if (cfg->vendor_host[0] != '\0' && link_open(&g_vendor, cfg->vendor_host, 443) != 0) {
    mhg_log(4, "uplink: vendor service cloud unreachable");
  }
  return 0;
}

int mhg_hes_send(uint8_t type, const void *buf, size_t n)
{
  return link_send(&g_hes, type, buf, n);
}

int mhg_vendor_send(uint8_t type, const void *buf, size_t n)
{
  return link_send(&g_vendor, type, buf, n);
}

void mhg_uplink_close(void)
{
  if (g_hes.ssl) {
    wolfSSL_shutdown(g_hes.ssl);
    wolfSSL_free(g_hes.ssl);
    close(g_hes.fd);
  }
  if (g_vendor.ssl) {
    wolfSSL_shutdown(g_vendor.ssl);
    wolfSSL_free(g_vendor.ssl);
    close(g_vendor.fd);
  }
  wolfSSL_CTX_free(g_ctx);
  wolfSSL_Cleanup();
}
