#include <stdarg.h>
#include <stdio.h>
#include <time.h>
#include "relay.h"

void relay_log(const char *fmt, ...) {
  va_list ap;
  char ts[32];
  time_t now = time(NULL);
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", gmtime(&now));
  fprintf(stderr, "%s uvrelay: ", ts);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
