#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static enum fetch_log_level g_level = FLOG_INFO;

static const char *level_name(enum fetch_log_level lvl) {
  switch (lvl) {
  case FLOG_DEBUG: return "debug";
  case FLOG_INFO: return "info";
  case FLOG_WARN: return "warn";
  case FLOG_ERROR: return "error";
  }
  return "?";
}

void fetch_log_set_level(enum fetch_log_level lvl) { g_level = lvl; }

void log_msg(enum fetch_log_level lvl, const char *fmt, ...) {
  va_list ap;
  char stamp[32];
  time_t now;

  if (lvl < g_level)
    return;
  now = time(NULL);
  strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", gmtime(&now));
  fprintf(stderr, "%s fetch[%s] ", stamp, level_name(lvl));
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
