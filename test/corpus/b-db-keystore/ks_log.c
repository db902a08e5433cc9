#include "ks_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

void ks_log_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_ERR, fmt, ap);
  va_end(ap);
}

void ks_log_notice(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_NOTICE, fmt, ap);
  va_end(ap);
}
