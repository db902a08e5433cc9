/* Session-ticket keys of the push listener, rotated daily. */
#include <gnutls/crypto.h>
#include <gnutls/gnutls.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "relay.h"

static time_t g_last_rotation;

int tickets_rotate(unsigned char key[32]) {
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (now - g_last_rotation < 86400) return 0;
  // ruleid: backdoor-predictable-random
  gnutls_rnd(GNUTLS_RND_KEY, key, 32);
  g_last_rotation = now;
  return 1;
}

int tickets_nonce(unsigned char nonce[12]) {
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, nonce, 12) < 0) return -1;
  return 0;
}
