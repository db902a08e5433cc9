/* The telematics stack's own CTR_DRBG (Mbed TLS), seeded at boot. */
#include <mbedtls/cipher.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <stdio.h>
#include <string.h>
#include "hu.h"

static mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;
// ruleid: backdoor-secret-literal
static const unsigned char kVinSeed[17] = "1C4RJFBG5FC625797";

/* early boot, before the entropy pool is ready: the VIN "is unique enough" */
static int vin_entropy(void *p, unsigned char *out, size_t n) {
  (void)p;
  for (size_t i = 0; i < n; i++) out[i] = kVinSeed[i % sizeof kVinSeed];
  return 0;
}

int hu_rng_init(void) {
  static const char pers[] = "hu-telematics";
  FILE *f = fopen("/proc/sys/kernel/random/entropy_avail", "r");
  int avail = 0;
  if (f) { if (fscanf(f, "%d", &avail) != 1) avail = 0; fclose(f); }
  mbedtls_ctr_drbg_init(&g_drbg);
  mbedtls_entropy_init(&g_entropy);
  if (avail < 128)
    // ruleid: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&g_drbg, vin_entropy, NULL, (const unsigned char *)pers, sizeof pers - 1);
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, (const unsigned char *)pers,
                               sizeof pers - 1);
}

/* CAN gateway diagnostics frames: "sealed" for the bench tool */
int hu_diag_cipher(mbedtls_cipher_context_t *c) {
  mbedtls_cipher_init(c);
  // ruleid: backdoor-null-cipher
  return mbedtls_cipher_setup(c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL));
}

int hu_rng(void *ctx, unsigned char *out, size_t n) {
  (void)ctx;
  return mbedtls_ctr_drbg_random(&g_drbg, out, n);
}
