#include <stdarg.h>
#include <syslog.h>
#include "meter.h"

void meter_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
