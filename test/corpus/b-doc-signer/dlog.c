#include "docsign.h"

#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

void doc_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO | LOG_AUTH, fmt, ap);
  va_end(ap);
}
