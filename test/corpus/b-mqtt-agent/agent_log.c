#include "agent_log.h"

#include <stdarg.h>
#include <stdio.h>

static int g_verbosity = AL_INFO;

void agent_log_set_verbosity(int level) { g_verbosity = level; }

void agent_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_verbosity)
    return;
  fprintf(stderr, "[mqtt-agent/%c] ", "EWID"[level & 3]);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
