/* log.c - the daemon's logger (syslog, plus stderr in the foreground). */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "hookd.h"

int g_foreground;

void hookd_log(int level, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (g_foreground) {
    va_list cp;
    va_copy(cp, ap);
    vfprintf(stderr, fmt, cp);
    fputc('\n', stderr);
    va_end(cp);
  }
  vsyslog(level, fmt, ap);
  va_end(ap);
}
