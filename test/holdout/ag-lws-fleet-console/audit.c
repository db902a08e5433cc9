#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include "fc.h"

void fc_audit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO | LOG_AUTH, fmt, ap);
  va_end(ap);
}
