/* log.c: logging and string helpers of radiusd-lite. */
#include "rad.h"

#include <openssl/crypto.h>
#include <stdarg.h>
#include <string.h>
#include <syslog.h>

void rad_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}

void rad_hex(const uint8_t *in, size_t n, char *out) {
  static const char hexd[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    *out++ = hexd[in[i] >> 4];
    *out++ = hexd[in[i] & 15];
  }
  *out = '\0';
}

int rad_crypto_check(int ret, const char *fn, const char *file, int line) {
  if (ret != 1)
    syslog(LOG_ERR, "%s failed (%s:%d)", fn, file, line);
  return ret;
}

/* Constant-time equality of two NUL-terminated strings (lengths leak). */
int ct_streq(const char *a, const char *b) {
  size_t la, lb;
  if (a == NULL || b == NULL)
    return 0;
  la = strlen(a);
  lb = strlen(b);
  return la == lb && CRYPTO_memcmp(a, b, la) == 0;
}

/* ASCII/Latin-1 to UTF-16LE, as MS-CHAP hashes passwords. */
int utf16le(const char *in, uint8_t *out, size_t cap) {
  size_t n = 0;
  for (; *in != '\0'; in++) {
    if (n + 2 > cap)
      return -1;
    out[n++] = (uint8_t)*in;
    out[n++] = 0;
  }
  return (int)n;
}
