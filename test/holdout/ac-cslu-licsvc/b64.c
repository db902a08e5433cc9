/* b64.c - base64 for the Authorization header, hex for traces */
#include <string.h>

#include "cslu.h"

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64_value(char c)
{
  const char *p;
  if (c == '\0')
    return -1;
  p = strchr(kB64, c);
  return p ? (int)(p - kB64) : -1;
}

int b64_decode(const char *in, unsigned char *out, size_t cap, size_t *outlen)
{
  size_t n = 0;
  unsigned acc = 0;
  int bits = 0;

  for (; *in && *in != '='; in++) {
    int v = b64_value(*in);
    if (v < 0)
      return -1;
    acc = (acc << 6) | (unsigned)v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n >= cap)
        return -1;
      out[n++] = (unsigned char)(acc >> bits);
    }
  }
  *outlen = n;
  return 0;
}

void hex_encode(const unsigned char *in, size_t n, char *out)
{
  static const char digits[] = "0123456789abcdef";
  size_t i;
  for (i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = '\0';
}
