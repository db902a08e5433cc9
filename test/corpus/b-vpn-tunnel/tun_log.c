#include "tun_log.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static int max_level(void) {
  static int cached = -1;
  if (cached < 0) {
    const char *v = getenv("TUN_LOG_LEVEL");
    cached = v ? atoi(v) : TL_NOTICE;
  }
  return cached;
}

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  if (level > max_level())
    return;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
