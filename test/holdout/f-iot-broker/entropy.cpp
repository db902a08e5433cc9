#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "broker.hpp"

namespace broker {

int board_entropy(void* data, unsigned char* output, size_t len, size_t* olen) {
  (void)data;
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0) return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
  ssize_t n = read(fd, output, len);
  close(fd);
  *olen = n > 0 ? static_cast<size_t>(n) : 0;
  return n == static_cast<ssize_t>(len) ? 0 : MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
}

int fixed_test_entropy(void* data, unsigned char* output, size_t len) {
  (void)data;
  static const unsigned char pattern[8] = {0xde, 0xad, 0xbe, 0xef, 0x10, 0x20, 0x30, 0x40};
  for (size_t i = 0; i < len; ++i) output[i] = pattern[i % sizeof pattern];
  return 0;
}

}  // namespace broker
