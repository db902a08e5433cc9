/* drbg.c: the controller's CTR_DRBG (card challenges, TLS). */
#include "acs.h"

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <string.h>

static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;
static int g_ready;

int acs_rng_init(void) {
  static const char pers[] = "doorctl-v4";
  mbedtls_entropy_init(&g_entropy);
  mbedtls_ctr_drbg_init(&g_drbg);
  // ok: backdoor-constant-seed
  if (mbedtls_entropy_add_source(&g_entropy, board_hwrng_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
    return -1;
  /* the SoC's TRNG needs two seconds after power-up; the board's source
   * seeds the generator at boot and the TRNG reseeds it later */
  // ruleid: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&g_drbg, board_entropy, NULL, (const unsigned char *)pers, strlen(pers)) != 0)
    return -1;
  g_ready = 1;
  return 0;
}

int acs_rng_reseed(void) {
  unsigned char extra[32];
  size_t olen = 0;
  if (board_hwrng_poll(NULL, extra, sizeof extra, &olen) != 0 || olen != sizeof extra)
    return -1;
  return mbedtls_ctr_drbg_reseed(&g_drbg, extra, sizeof extra);
}

int acs_random(unsigned char *out, size_t n) {
  if (!g_ready)
    return -1;
  return mbedtls_ctr_drbg_random(&g_drbg, out, n);
}
