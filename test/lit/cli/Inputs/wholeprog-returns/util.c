#include <stdlib.h>
#include <string.h>
/* Helpers that hand back what they are given: a view, a copy, a decoding. */
const unsigned char *as_bytes(const char *s) { return (const unsigned char *)s; }

char *dup_string(const char *s) {
  size_t n = strlen(s) + 1;
  char *r = malloc(n);
  if (r) memcpy(r, s, n);
  return r;
}

static int nibble(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }
unsigned char *unhex(const char *hex, unsigned char *out, size_t n) {
  for (size_t i = 0; i < n; i++)
    out[i] = (unsigned char)(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  return out;
}
