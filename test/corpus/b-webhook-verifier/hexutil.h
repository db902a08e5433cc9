#ifndef HEXUTIL_H
#define HEXUTIL_H

#include <stddef.h>

static inline void hex_lower(const unsigned char *in, size_t n, char *out) {
  static const char d[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = d[in[i] >> 4];
    out[2 * i + 1] = d[in[i] & 0xf];
  }
  out[2 * n] = '\0';
}

static inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static inline int hex_decode(const char *in, unsigned char *out, size_t out_len) {
  size_t i;
  for (i = 0; i < out_len; i++) {
    int hi = hex_value(in[2 * i]), lo = hex_value(in[2 * i + 1]);
    if (hi < 0 || lo < 0) return -1;
    out[i] = (unsigned char)((hi << 4) | lo);
  }
  return in[2 * out_len] == '\0' ? 0 : -1;
}

#endif
