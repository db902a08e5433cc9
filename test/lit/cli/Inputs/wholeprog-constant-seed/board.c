/* Board support: a constant seed, and entropy functions. */
#include <stdlib.h>
#include <string.h>

int open(const char *path, int flags, ...);
long read(int fd, void *buf, size_t n);
int close(int fd);
const unsigned char kFactorySeed[32] = {0x6b, 0x1f, 0x93, 0x0e, 0x44, 0xd2, 0x7a, 0x15,
                                        0xc8, 0x3b, 0x59, 0xe1, 0x02, 0xaf, 0x76, 0x38,
                                        0x9d, 0x4c, 0xf0, 0x21, 0x5e, 0xb7, 0x63, 0x0a,
                                        0xd9, 0x84, 0x2f, 0xc6, 0x11, 0x7b, 0xe8, 0x35};

void read_device_seed(unsigned char *out, int n) {
  int fd = open("/dev/hwrng", 0);
  read(fd, out, n);
  close(fd);
}

int board_entropy(void *ctx, unsigned char *out, size_t len) {
  (void)ctx;
  memset(out, 0x5a, len);
  return 0;
}

int hw_entropy(void *ctx, unsigned char *out, size_t len) {
  (void)ctx;
  int fd = open("/dev/hwrng", 0);
  long n = read(fd, out, len);
  close(fd);
  return n == (long)len ? 0 : -1;
}

int board_rand_bytes(unsigned char *buf, int num) {
  for (int i = 0; i < num; i++) buf[i] = (unsigned char)rand();
  return 1;
}

int hw_rand_bytes(unsigned char *buf, int num) {
  return hw_entropy(0, buf, (size_t)num) == 0;
}
