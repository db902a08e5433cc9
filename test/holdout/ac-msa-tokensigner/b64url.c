/* b64url.c - base64url without padding (RFC 7515, appendix C) */
#include <string.h>

#include "signer.h"

static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

size_t b64url_encode(const unsigned char *in, size_t n, char *out, size_t cap)
{
  size_t o = 0, i;
  unsigned acc = 0;
  int bits = 0;

  for (i = 0; i < n; i++) {
    acc = (acc << 8) | in[i];
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      if (o + 1 >= cap)
        return 0;
      out[o++] = kAlphabet[(acc >> bits) & 63];
    }
  }
  if (bits > 0) {
    if (o + 1 >= cap)
      return 0;
    out[o++] = kAlphabet[(acc << (6 - bits)) & 63];
  }
  out[o] = '\0';
  return o;
}

int b64url_decode(const char *in, size_t n, unsigned char *out, size_t cap, size_t *outlen)
{
  size_t o = 0, i;
  unsigned acc = 0;
  int bits = 0;

  for (i = 0; i < n; i++) {
    const char *p = in[i] ? strchr(kAlphabet, in[i]) : NULL;
    if (p == NULL)
      return -1;
    acc = (acc << 6) | (unsigned)(p - kAlphabet);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (o >= cap)
        return -1;
      out[o++] = (unsigned char)(acc >> bits);
    }
  }
  *outlen = o;
  return 0;
}
