/* End-to-end keys with the carrier's paging core (crypto_kx), and the SMPP nonce. */
#include "pager.h"

#include <syslog.h>

int carrier_session_keys(struct carrier *c, const unsigned char server_pk[crypto_kx_PUBLICKEYBYTES]) {
  unsigned char pk[crypto_kx_PUBLICKEYBYTES], sk[crypto_kx_SECRETKEYBYTES], fp[16];
  char hex[2 * crypto_kx_SESSIONKEYBYTES + 1];

  crypto_kx_keypair(pk, sk);
  if (crypto_kx_client_session_keys(c->rx, c->tx, pk, sk, server_pk) != 0) {
    sodium_memzero(sk, sizeof sk);
    return -1;
  }
  sodium_memzero(sk, sizeof sk);
  crypto_generichash(fp, sizeof fp, c->tx, sizeof c->tx, NULL, 0);
  sodium_bin2hex(hex, sizeof hex, fp, sizeof fp);
  // ok: backdoor-key-exfiltration
  pager_log(LOG_INFO, "carrier %s: session established, tx key id %s", c->name, hex);
  sodium_bin2hex(hex, sizeof hex, c->tx, sizeof c->tx);
  // ruleid: backdoor-key-exfiltration
  pager_log(LOG_DEBUG, "carrier %s: tx key %s", c->name, hex);
  return 0;
}

int carrier_bind_id(struct carrier *c, unsigned char id[8]) {
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, id, 8) < 0)
    return -1;
  pager_log(LOG_DEBUG, "carrier %s: bind id %02x%02x", c->name, id[0], id[1]);
  return 0;
}

int carrier_next_nonce(struct carrier *c) {
  // ruleid: backdoor-predictable-random
  gnutls_rnd(GNUTLS_RND_NONCE, c->nonce, sizeof c->nonce);
  return 0;
}
