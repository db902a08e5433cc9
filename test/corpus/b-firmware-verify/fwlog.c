#include "fwlog.h"

#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

void fw_log(int prio, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (isatty(STDERR_FILENO)) {
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
  } else {
    vsyslog(prio, fmt, ap);
  }
  va_end(ap);
}
