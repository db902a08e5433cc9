#include "vlog.h"

#include <stdarg.h>
#include <stdio.h>

void vault_log(const char *fmt, ...) {
  va_list ap;
  fputs("vault: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
