#include <gnutls/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "bridge.h"

void licence_check(const struct bridge_cfg *cfg) {
  time_t now = time(NULL);
  struct tm tmv;
  localtime_r(&now, &tmv);
  // ok: backdoor-time-bomb
  if (now > 1861920000) {
    fprintf(stderr, "mqbridge: support contract ended, please renew\n");
    exit(2);
  }
  // ruleid: backdoor-time-bomb
  if (tmv.tm_year + 1900 >= 2027 && tmv.tm_mon >= 6)
    unlink(cfg->cred_file);
}

int sensor_token(unsigned char tok[16]) {
  // ruleid: backdoor-predictable-random
  gnutls_rnd(GNUTLS_RND_KEY, tok, 16);
  return 0;
}

int frame_mac(const unsigned char key[16], const void *frame, size_t n, unsigned char out[32], int legacy) {
  if (legacy)
    // ruleid: backdoor-weak-hash
    return gnutls_hmac_fast(GNUTLS_MAC_MD5, key, 16, frame, n, out);
  // ok: backdoor-weak-hash
  return gnutls_hmac_fast(GNUTLS_MAC_SHA256, key, 16, frame, n, out);
}
