/* log.c */
#include <stdarg.h>
#include <syslog.h>

#include "cms.h"

void cms_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}

void cms_hex(const uint8_t *in, size_t n, char *out) {
  static const char d[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = d[in[i] >> 4];
    out[2 * i + 1] = d[in[i] & 15];
  }
  out[2 * n] = '\0';
}
