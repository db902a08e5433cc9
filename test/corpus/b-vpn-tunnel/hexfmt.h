#ifndef TUN_HEXFMT_H
#define TUN_HEXFMT_H

#include <stddef.h>
#include <stdio.h>

static inline void tun_hex(const unsigned char *in, size_t n, char *out) {
  size_t i;
  for (i = 0; i < n; i++)
    snprintf(out + 2 * i, 3, "%02x", in[i]);
  out[2 * n] = '\0';
}

#endif
