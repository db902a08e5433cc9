/* log.c */
#include <stdarg.h>
#include <syslog.h>

#include "hbs.h"

void hbs_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
