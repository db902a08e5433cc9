#include "gwlog.h"

#include <stdarg.h>
#include <stdio.h>

void gw_log_printf(char tag, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%c/sensor-gw: ", tag);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
