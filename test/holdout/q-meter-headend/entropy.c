/* entropy.c - the concentrator's DRBG and its entropy sources. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "mhg.h"

/* the SoC's hardware RNG */
static int mhg_hwrng_source(void *data, unsigned char *output, size_t len, size_t *olen)
{
  ssize_t n;
  int fd = open("/dev/hwrng", O_RDONLY);

  (void)data;
  *olen = 0;
  if (fd < 0) {
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  }
  n = read(fd, output, len);
  close(fd);
  if (n <= 0) {
    return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  }
  *olen = (size_t)n;
  return 0;
}

/* early in boot /dev/hwrng is not up yet: the gateway's serial number keeps
 * two concentrators from drawing the same stream */
static int mhg_serial_source(void *data, unsigned char *output, size_t len, size_t *olen)
{
  const struct mhg_config *cfg = data;
  size_t n = strnlen(cfg->gw_serial, sizeof cfg->gw_serial);

  if (n > len) {
    n = len;
  }
  memcpy(output, cfg->gw_serial, n);
  *olen = n;
  return 0;
}

int mhg_drbg_init(mbedtls_ctr_drbg_context *drbg, mbedtls_entropy_context *ent, const struct mhg_config *cfg)
{
  static const unsigned char pers[] = "mhg-concentrator";

  mbedtls_entropy_init(ent);
  mbedtls_ctr_drbg_init(drbg);
  // ok: backdoor-constant-seed
  if (mbedtls_entropy_add_source(ent, mhg_hwrng_source, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0) {
    return -1;
  }
  // ruleid: backdoor-constant-seed
  if (mbedtls_entropy_add_source(ent, mhg_serial_source, (void *)cfg, 16, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0) {
    return -1;
  }
  // ok: backdoor-constant-seed
  return mbedtls_ctr_drbg_seed(drbg, mbedtls_entropy_func, ent, pers, sizeof pers - 1);
}
