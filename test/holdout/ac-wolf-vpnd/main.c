/* main.c - vpnd: bring up the control channel, derive the tunnel keys, forward packets */
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "vpnd.h"

static struct vpn_config g_cfg = {
    .peer_host = "hq-gw.example.net",
    .peer_cn = "CN=hq-gw.example.net",
    .ca_file = "/etc/vpnd/ca.pem",
    .cert_file = "/etc/vpnd/site.pem",
    .key_file = "/etc/vpnd/site.key",
    .psk_file = "/etc/vpnd/psk",
    .suite = "aes256-gcm",
    .port = 4443,
};

static int dial(const char *host, unsigned short port)
{
  struct addrinfo hints, *res = NULL;
  char svc[8];
  int fd;

  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(svc, sizeof svc, "%u", port);
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

int main(int argc, char **argv)
{
  struct tunnel t;
  uint8_t tunnel_key[64];
  WOLFSSL_CTX *ctx;
  WOLFSSL *ssl;
  int i, fd, use_psk = 0;

  for (i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "--psk") == 0)
      use_psk = 1;
    else if (strcmp(argv[i], "--legacy") == 0) {
      g_cfg.legacy_concentrator = 1;
      snprintf(g_cfg.suite, sizeof g_cfg.suite, "3des-cbc");
    } else if (strcmp(argv[i], "-v") == 0)
      g_cfg.verbose++;
  }
  vpn_set_verbosity(g_cfg.verbose > 1 ? VPN_DEBUG : VPN_INFO);
  wolfSSL_Init();
  memset(&t, 0, sizeof t);
  if (use_psk) {
    if (keys_from_psk(&g_cfg, tunnel_key) != 0)
      return 1;
  } else {
    ctx = control_client_ctx(&g_cfg);
    fd = dial(g_cfg.peer_host, g_cfg.port);
    if (ctx == NULL || fd < 0 || (ssl = wolfSSL_new(ctx)) == NULL)
      return 1;
    wolfSSL_check_domain_name(ssl, g_cfg.peer_host);
    wolfSSL_set_fd(ssl, fd);
    if (wolfSSL_connect(ssl) != WOLFSSL_SUCCESS || !peer_authorize(ssl, fd, &g_cfg))
      return 1;
    if (keys_from_session(ssl, tunnel_key, g_cfg.verbose) != 0)
      return 1;
  }
  if (tunnel_start(&t, &g_cfg, tunnel_key) != 0)
    return 1;
  memset(tunnel_key, 0, sizeof tunnel_key);
  return 0;
}
