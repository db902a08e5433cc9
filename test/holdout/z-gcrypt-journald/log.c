#include <stdarg.h>
#include <stdio.h>
#include "jd.h"

void jd_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("journald-seal: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}
