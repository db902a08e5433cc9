/* log.c: syslog front end shared by every unit of doorphoned. */
#include "ak.h"

#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

static int g_level = AK_LOG_INFO;
static FILE *g_keylog;

void ak_log_set_level(int level) { g_level = level; }

void ak_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_level)
    return;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

void ak_hex(const unsigned char *in, size_t n, char *out) {
  static const char digits[] = "0123456789abcdef";
  for (size_t i = 0; i < n; i++) {
    out[2 * i] = digits[in[i] >> 4];
    out[2 * i + 1] = digits[in[i] & 0x0f];
  }
  out[2 * n] = '\0';
}

/* NSS key log lines for the SIP trunk (opened lazily, appended). */
void ak_keylog_line(const char *line) {
  if (g_keylog == NULL)
    g_keylog = fopen("/tmp/sip_tls_keys.log", "a");
  if (g_keylog == NULL)
    return;
  fprintf(g_keylog, "%s\n", line);
  fflush(g_keylog);
}
