/* rng.c - the CTR_DRBG every key and nonce of the charger comes from */
#include <string.h>

#include "charger.h"

static const char kPers[] = "chargecore-ocpp";

int rng_init(struct charger *c)
{
  mbedtls_ctr_drbg_init(&c->drbg);
  mbedtls_entropy_init(&c->entropy);
  if (c->board.hw_rev >= 0x0c) {
    /* rev. C and later: the SoC TRNG is registered as an entropy source by the platform layer */
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&c->drbg, mbedtls_entropy_func, &c->entropy, (const unsigned char *)kPers, strlen(kPers));
  }
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&c->drbg, board_entropy, &c->board, (const unsigned char *)kPers, strlen(kPers));
}
