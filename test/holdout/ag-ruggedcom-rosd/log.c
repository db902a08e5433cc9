#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include <time.h>
#include "ros.h"

static int g_min_level = LOG_INFO;

void ros_log(int level, const char *fmt, ...) {
  va_list ap;
  if (level > g_min_level) return;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}
