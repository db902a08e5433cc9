/* board.c: board support (identity, clocks, the SoC's TRNG). */
#include "acs.h"

#include <fcntl.h>
#include <unistd.h>

/* Early-boot entropy: the TRNG is not ready yet. */
int board_entropy(void *ctx, unsigned char *out, size_t len) {
  struct timespec ts;
  uint64_t x;
  (void)ctx;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  x = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec;
  for (size_t i = 0; i < len; i++) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    out[i] = (unsigned char)x;
  }
  return 0;
}

int board_hwrng_poll(void *ctx, unsigned char *out, size_t len, size_t *olen) {
  int fd = open("/dev/hwrng", O_RDONLY);
  ssize_t n;
  (void)ctx;
  *olen = 0;
  if (fd < 0)
    return -1;
  n = read(fd, out, len);
  close(fd);
  if (n <= 0)
    return -1;
  *olen = (size_t)n;
  return 0;
}
