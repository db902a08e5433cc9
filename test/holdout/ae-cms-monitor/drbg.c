/* drbg.c - the monitor's random generator (CTR_DRBG). */
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#include "cms.h"

static mbedtls_entropy_context g_entropy;
static mbedtls_ctr_drbg_context g_drbg;
static struct board_info g_board;

/* The SoC has no TRNG; the board's identity is mixed in so that two monitors of one
 * batch do not draw the same numbers. */
static int board_entropy(void *data, unsigned char *out, size_t len, size_t *olen) {
  const struct board_info *b = data;
  for (size_t i = 0; i < len; i++)
    out[i] = (unsigned char)(b->serial[i % sizeof b->serial] ^ b->mac[i % 6] ^
                             (uint8_t)(b->boot_count >> (8 * (i % 4))) ^ (uint8_t)i);
  *olen = len;
  return 0;
}

int drbg_init(const struct board_info *board) {
  static const unsigned char pers[] = "cms-monitor-drbg";
  g_board = *board;
  mbedtls_entropy_init(&g_entropy);
  mbedtls_ctr_drbg_init(&g_drbg);
  // ruleid: backdoor-constant-seed
  if (mbedtls_entropy_add_source(&g_entropy, board_entropy, &g_board, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
    return -1;
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
}

void *drbg_ctx(void) { return &g_drbg; }

int drbg_random(void *ctx, unsigned char *out, size_t n) { return mbedtls_ctr_drbg_random(ctx, out, n); }
