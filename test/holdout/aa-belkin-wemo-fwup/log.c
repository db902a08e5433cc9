#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include "wemo.h"

static int g_console = 1;

void wemo_log(int prio, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  if (g_console)
    vfprintf(stderr, fmt, ap);
  else
    vsyslog(prio, fmt, ap);
  va_end(ap);
}
