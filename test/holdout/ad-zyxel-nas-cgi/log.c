/* The daemon's logger: everything goes to syslog (the web UI's "system log" page reads it back). */
#include "nas.h"

#include <stdarg.h>
#include <syslog.h>

static int g_verbose;

void nas_log_open(const char *ident, int verbose) {
  g_verbose = verbose;
  openlog(ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void nas_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level == NAS_LOG_DEBUG && !g_verbose)
    return;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}
