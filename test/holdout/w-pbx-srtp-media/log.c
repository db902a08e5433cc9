/* log.c */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include "media.h"

static int g_level = LOG_INFO;

void pbx_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_level)
    return;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}
