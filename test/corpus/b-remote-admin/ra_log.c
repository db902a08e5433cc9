#include "ra_log.h"

#include <stdarg.h>
#include <stdio.h>

void ra_log_write(const char *func, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "ra-agent %s: ", func);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
