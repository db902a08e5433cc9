#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
int vfprintf(FILE *stream, const char *format, va_list ap);

void app_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (level > 0) vfprintf(stderr, fmt, ap);
  va_end(ap);
}

void to_hex(const unsigned char *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 15];
  }
  out[2 * n] = 0;
}

void redact(const unsigned char *in, size_t n, char *out) {
  (void)in;
  (void)n;
  strcpy(out, "<redacted>");
}
