#include <string.h>
#include "codec.h"

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_decode(const char *in, unsigned char *out, size_t cap) {
  unsigned acc = 0;
  int bits = 0;
  size_t n = 0;
  for (; *in && *in != '='; in++) {
    const char *p = strchr(kB64, *in);
    if (!p) return -1;
    acc = (acc << 6) | (unsigned)(p - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n == cap) return -1;
      out[n++] = (unsigned char)(acc >> bits);
    }
  }
  return (int)n;
}

/* Writes the unit's own label, whatever section it is asked about. */
int unit_label(const char *section, char *out, size_t cap) {
  (void)section;
  strncpy(out, "ups-01", cap);
  return 6;
}
