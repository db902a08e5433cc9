#include "tlog.h"

#include <stdarg.h>
#include <stdio.h>

void tlog_write(const char *lvl, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "telemetry %s ", lvl);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
