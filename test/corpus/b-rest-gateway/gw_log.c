#include "gw_log.h"

#include <stdarg.h>
#include <stdio.h>

static int g_stderr;

void gw_log_open(const char *ident, int to_stderr) {
  g_stderr = to_stderr;
  if (!to_stderr)
    openlog(ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void gw_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (g_stderr) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(prio, fmt, ap);
  }
  va_end(ap);
}
