#include "dev.h"
#include <unistd.h>

int serve(struct dev_state *st) {
  uint8_t hdr[2], data[256];
  if (read(0, hdr, sizeof hdr) != sizeof hdr) return -1;
  ssize_t n = read(0, data, hdr[1]);
  if (n <= 0) return -1;
  return dev_dispatch(st, hdr[0], data, (size_t)n);
}
