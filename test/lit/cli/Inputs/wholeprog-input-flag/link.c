#include "pump.h"
long recv(int fd, void *buf, size_t n, int flags);
int link_read_frame(int fd, uint8_t *buf, size_t cap) {
  long n = recv(fd, buf, cap, 0);
  return n > 0 ? (int)n : -1;
}
