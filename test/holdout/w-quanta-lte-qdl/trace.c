/* trace.c - console trace for the serial port and /var/log/qdl.log */
#include <stdarg.h>
#include <stdio.h>

#include "qdl.h"

void qdl_trace(const char *fmt, ...) {
  va_list ap;
  FILE *f = fopen("/var/log/qdl.log", "a");
  va_start(ap, fmt);
  if (f != NULL) {
    vfprintf(f, fmt, ap);
    fclose(f);
  }
  va_end(ap);
}
