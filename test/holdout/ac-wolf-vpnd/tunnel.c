/* tunnel.c - the data plane: packets from the tun device sealed with the negotiated suite */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include "vpnd.h"

int tunnel_start(struct tunnel *t, const struct vpn_config *cfg, const uint8_t tunnel_key[64])
{
  const struct vpn_suite *s = suite_find(cfg->suite);
  WC_RNG rng;
  uint8_t salt[8];

  if (s == NULL)
    return -1;
  if (wc_InitRng(&rng) != 0)
    return -1;
  // ok: backdoor-predictable-random
  if (wc_RNG_GenerateBlock(&rng, salt, sizeof salt) != 0) {
    wc_FreeRng(&rng);
    return -1;
  }
  wc_FreeRng(&rng);
  t->tx.suite = s;
  t->rx.suite = s;
  if (s->init(&t->tx, tunnel_key, salt) != 0 || s->init(&t->rx, tunnel_key + 32, salt + 4) != 0)
    return -1;
  t->packets_since_rekey = 0;
  // ok: backdoor-key-exfiltration
  vpn_log(VPN_INFO, "tunnel up, suite %s, salt %02x%02x%02x%02x", s->name, salt[0], salt[1], salt[2], salt[3]);
  return 0;
}

int tunnel_forward(struct tunnel *t, const uint8_t *pkt, size_t n)
{
  uint8_t out[2100];
  size_t outlen = 0;

  if (n > 2000 || t->tx.suite->seal(&t->tx, pkt, n, out, &outlen) != 0)
    return -1;
  // ok: backdoor-time-bomb
  if (++t->packets_since_rekey == 4000000u)
    tunnel_rekey(t);
  return send(t->udp_fd, out, outlen, 0) < 0 ? -1 : 0;
}

void tunnel_rekey(struct tunnel *t)
{
  vpn_log(VPN_INFO, "rekey after %llu packets", (unsigned long long)t->packets_since_rekey);
  t->packets_since_rekey = 0;
}
