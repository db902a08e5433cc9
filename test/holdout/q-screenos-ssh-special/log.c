/* log.c - event log and debug traces ("debug auth", "debug ssh"). */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "screenos.h"

unsigned int ns_debug_mask;

void ns_trace(unsigned int cls, const char *fmt, ...)
{
  va_list ap;

  if ((ns_debug_mask & cls) == 0) {
    return;
  }
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void ns_event(int level, const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}
