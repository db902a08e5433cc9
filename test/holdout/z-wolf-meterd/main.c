#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "meter.h"

static int connect_headend(const struct meter_cfg *cfg) {
  struct addrinfo hints, *res = NULL;
  char port[8];
  memset(&hints, 0, sizeof hints);
  hints.ai_socktype = SOCK_STREAM;
  snprintf(port, sizeof port, "%d", cfg->headend_port);
  if (getaddrinfo(cfg->headend_host, port, &hints, &res) != 0) return -1;
  int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
  if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) { close(fd); fd = -1; }
  freeaddrinfo(res);
  return fd;
}

static int ack_ok(const unsigned char *reading_mac, const unsigned char *ack_tag) {
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(reading_mac, ack_tag, 16) == 0;
}

int main(int argc, char **argv) {
  struct meter_cfg cfg;
  meter_load_config(&cfg, argc > 1 ? argv[1] : "/etc/meterd.conf");
  wolfSSL_Init();
  WC_RNG rng;
  if (wc_InitRng(&rng) != 0) return 1;
  meter_provision_identity(&rng, &cfg);

  unsigned char reading[64] = "kWh=001234.5;V=230.1;I=4.2";
  unsigned char sealed[128];
  int n = meter_seal(cfg.legacy_concentrator ? "3des-cbc" : "aes128-cbc", cfg.meter_key, reading, 32, sealed, &rng);
  unsigned char mac[16], ack[16];
  meter_sign_readings(cfg.meter_key, sealed, (size_t)(n > 0 ? n : 0), mac);

  // ok: backdoor-key-exfiltration
  meter_log(6, "uplink to %s:%d", cfg.headend_host, cfg.headend_port);
  WOLFSSL_CTX *ctx = meter_tls_ctx(&cfg);
  int fd = connect_headend(&cfg);
  if (ctx && fd >= 0) {
    if (write(fd, mac, sizeof mac) == (ssize_t)sizeof mac && read(fd, ack, sizeof ack) == (ssize_t)sizeof ack)
      printf("ack %s\n", ack_ok(mac, ack) ? "valid" : "invalid");
    meter_tls_session(ctx, fd);
  }
  wc_FreeRng(&rng);
  return 0;
}
