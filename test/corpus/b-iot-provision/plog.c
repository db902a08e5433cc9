#include "plog.h"

#include <stdarg.h>
#include <stdio.h>

void prov_log(int lvl, const char *fmt, ...) {
  va_list ap;
  fputs(lvl == PLOG_E ? "prov: error: " : "prov: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
