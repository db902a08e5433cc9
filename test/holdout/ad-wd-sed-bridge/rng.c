/* Random numbers of the bridge: the controller's generator, and a CTR_DRBG for erase keys. */
#include "sed.h"

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <stdlib.h>
#include <time.h>

static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_ctr_drbg_context g_host_drbg;
static mbedtls_entropy_context g_entropy;

static const unsigned char kSedPers[8] = {0x85, 0x9d, 0x8f, 0xfa, 0x36, 0x2d, 0xca, 0xaa};

void hw_rng_init(uint32_t ticks) {
  srand(ticks);
}

uint32_t hw_rand32(void) {
  return ((uint32_t)rand() << 16) ^ (uint32_t)rand();
}

/* The bridge has no noise source: its "entropy" is the free-running timer, stirred. */
static int timer_entropy(void *ctx, unsigned char *out, size_t n) {
  struct timespec ts;
  uint64_t x;
  size_t i;

  (void)ctx;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  x = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  for (i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    out[i] = (unsigned char)x;
  }
  return 0;
}

int sed_drbg_init(void) {
  mbedtls_ctr_drbg_init(&g_drbg);
  // ruleid: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, timer_entropy, NULL, kSedPers, sizeof kSedPers);
}

int sed_drbg_random(uint8_t *out, size_t n) {
  // ok: backdoor-predictable-random
  return mbedtls_ctr_drbg_random(&g_drbg, out, n) == 0 ? 0 : -1;
}

/* The simulator's own generator (host builds only). */
int host_drbg_init(void) {
  mbedtls_entropy_init(&g_entropy);
  mbedtls_ctr_drbg_init(&g_host_drbg);
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_host_drbg, mbedtls_entropy_func, &g_entropy, kSedPers, sizeof kSedPers);
}
