/* log.c */
#include <stdarg.h>
#include <syslog.h>

#include "caster.h"

void cast_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
