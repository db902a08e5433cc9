/* log.c - the daemon's logger (syslog) and a hex helper for traces. */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "nl.h"

static int g_threshold = LOG_INFO;

void nl_log_set_level(int level);

void nl_log_set_level(int level) { g_threshold = level; }

void nl_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_threshold)
    return;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

void nl_hex(const uint8_t *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 0x0f];
  }
  out[2 * n] = '\0';
}
