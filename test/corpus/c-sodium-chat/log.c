#include <stdio.h>
#include "chat.h"
void debug_dump(const char *what, const unsigned char *p, size_t n) {
  fprintf(stderr, "%s: ", what);
  for (size_t i = 0; i < n; i++) fprintf(stderr, "%02x", p[i]);
  fputc('\n', stderr);
}
