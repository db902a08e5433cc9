/* Board support: entropy for the TLS stacks. */
#include <fcntl.h>
#include <time.h>
#include <unistd.h>
#include "hist.h"

static uint64_t xorshift64(uint64_t x) {
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return x;
}

/* the ARM SoC of the first hardware revision has no RNG; stir the clock */
int board_entropy(void *data, unsigned char *out, size_t len, size_t *olen) {
  struct timespec ts;
  (void)data;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  uint64_t s = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  for (size_t i = 0; i < len; i++) {
    s = xorshift64(s);
    out[i] = (unsigned char)(s >> 24);
  }
  *olen = len;
  return 0;
}

int board_hwrng_entropy(void *data, unsigned char *out, size_t len, size_t *olen) {
  (void)data;
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t n = read(fd, out, len);
  close(fd);
  if (n <= 0)
    return -1;
  *olen = (size_t)n;
  return 0;
}
