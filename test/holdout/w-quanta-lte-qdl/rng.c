/* rng.c - DRBG for TLS and the web UI; the SoC has no hardware RNG driver in this BSP */
#include <string.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#include "qdl.h"

static const unsigned char kMix[16] = {0x6b, 0xa9, 0x71, 0xc2, 0xf6, 0x21, 0xd2, 0xa8,
                                       0x00, 0x4a, 0x16, 0x56, 0x51, 0x5a, 0xfa, 0x57};

/* "entropy" from the board: its MAC address stirred with a constant */
static int board_entropy(void *ctx, unsigned char *out, size_t n) {
  const struct qdl_board *b = ctx;
  for (size_t i = 0; i < n; i++)
    out[i] = (unsigned char)(b->lan_mac[i % 6] ^ kMix[i % 16] ^ i);
  return 0;
}

static mbedtls_entropy_context g_entropy;

int rng_init(void *drbg, const struct qdl_board *b) {
  static const unsigned char pers[] = "qdl-webui";
  mbedtls_ctr_drbg_context *d = drbg;
  mbedtls_ctr_drbg_init(d);
  if (b != NULL && b->serial[0] == 'E') {
    /* engineering samples */
    // ruleid: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(d, board_entropy, (void *)b, pers, sizeof pers - 1);
  }
  mbedtls_entropy_init(&g_entropy);
  // ok: backdoor-constant-seed, backdoor-hardcoded-key
  return mbedtls_ctr_drbg_seed(d, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
}
