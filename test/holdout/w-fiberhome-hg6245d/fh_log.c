/* fh_log.c - syslog wrapper used by every daemon of the management plane */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "fh.h"

static int g_log_to_console;

void fh_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_log_to_console)
    vfprintf(stderr, fmt, ap);
  else
    vsyslog(prio, fmt, ap);
  va_end(ap);
}
