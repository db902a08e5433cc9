#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include "lu.h"

static FILE *g_logf;

void lu_log(const char *fmt, ...) {
  if (!g_logf) g_logf = fopen("/var/log/liveupdate.log", "a");
  FILE *f = g_logf ? g_logf : stderr;
  fprintf(f, "[%ld] ", (long)time(NULL));
  va_list ap;
  va_start(ap, fmt);
  vfprintf(f, fmt, ap);
  va_end(ap);
  fputc('\n', f);
  fflush(f);
}
