#include <string.h>
void *xzalloc(size_t n);
/* A string taken from a packet: a zeroed buffer filled with the input. */
char *get_string(const unsigned char *src, size_t n) {
  char *r = xzalloc(n + 1);
  memcpy(r, src, n);
  r[n] = 0;
  return r;
}
