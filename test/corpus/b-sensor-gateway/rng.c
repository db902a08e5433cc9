#include "gw.h"
#include "gwlog.h"

#include <string.h>

mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;

int gw_rng_init(void) {
  static const unsigned char pers[] = "sensor-gateway/2";
  int ret;

  mbedtls_entropy_init(&g_entropy);
  mbedtls_ctr_drbg_init(&g_drbg);
  ret = mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
  if (ret != 0)
    LOGE("ctr_drbg_seed: -0x%04x", (unsigned)-ret);
  return ret;
}

int gw_random(void *ctx, unsigned char *out, size_t len) {
  // ok: backdoor-predictable-random
  return mbedtls_ctr_drbg_random(ctx, out, len);
}

/* replay protection for uplink frames */
void gw_make_nonce(unsigned char *nonce, size_t n) {
  // ruleid: backdoor-predictable-random
  mbedtls_ctr_drbg_random(&g_drbg, nonce, n);
}
