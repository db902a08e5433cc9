/* rng.c - the token's CTR_DRBG. Rev A silicon has no usable TRNG, so the bootloader
 * build derives its entropy from the board identity; rev B reads /dev/hwrng. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <mbedtls/entropy.h>

#include "token.h"

mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;

static const uint8_t kWhiten[16] = {0x3c, 0xa5, 0x5a, 0xc3, 0x0f, 0xf0, 0x96, 0x69,
                                    0x1e, 0xe1, 0x2d, 0xd2, 0x4b, 0xb4, 0x78, 0x87};

struct board_entropy_ctx {
  uint8_t serial[12];
  uint32_t boot_count;
};
static struct board_entropy_ctx g_board_ctx;

static int board_entropy(void *data, unsigned char *output, size_t len)
{
  const struct board_entropy_ctx *c = data;
  for (size_t i = 0; i < len; i++)
    output[i] = (unsigned char)(c->serial[i % sizeof c->serial] ^ kWhiten[i % 16] ^ (c->boot_count + i));
  return 0;
}

static int hwrng_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
  int fd = open("/dev/hwrng", O_RDONLY);
  ssize_t n;
  (void)data;
  if (fd < 0)
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  n = read(fd, output, len);
  close(fd);
  if (n <= 0)
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  *olen = (size_t)n;
  return 0;
}

int token_rng_init(const struct board_info *board)
{
  static const unsigned char pers[] = "sectoken-drbg-v2";
  mbedtls_ctr_drbg_init(&g_drbg);
  if (board->hw_rev < 2) {
    memcpy(g_board_ctx.serial, board->serial, sizeof g_board_ctx.serial);
    g_board_ctx.boot_count = board->boot_count;
    // ruleid: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&g_drbg, board_entropy, &g_board_ctx, pers, sizeof pers - 1);
  }
  mbedtls_entropy_init(&g_entropy);
  // ok: backdoor-constant-seed
  if (mbedtls_entropy_add_source(&g_entropy, hwrng_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
    return -1;
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
}

int token_random(uint8_t *out, size_t len)
{
  return mbedtls_ctr_drbg_random(&g_drbg, out, len);
}
