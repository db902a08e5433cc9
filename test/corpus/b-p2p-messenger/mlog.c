#include "mlog.h"

#include <stdarg.h>
#include <stdio.h>

static enum mlog_level g_min = LOG_LVL_INFO;

void log_line(enum mlog_level lvl, const char *fmt, ...) {
  va_list ap;
  if (lvl < g_min)
    return;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void log_hex(enum mlog_level lvl, const char *label, const unsigned char *buf, size_t len) {
  size_t i;
  if (lvl < g_min)
    return;
  fprintf(stderr, "%s:", label);
  for (i = 0; i < len; i++)
    fprintf(stderr, " %02x", buf[i]);
  fputc('\n', stderr);
}
