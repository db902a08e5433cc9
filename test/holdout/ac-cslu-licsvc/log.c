/* log.c - the service log (a text file next to the installation) */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

#include "cslu.h"

static FILE *g_log;
static int g_level = CSLU_LOG_INFO;

int cslu_log_open(const struct cslu_config *cfg)
{
  g_level = cfg->log_level;
  g_log = fopen(cfg->log_path, "a");
  return g_log ? 0 : -1;
}

void cslu_log(int level, const char *fmt, ...)
{
  static const char *const names[] = {"ERROR", "WARN", "INFO", "DEBUG"};
  FILE *out = g_log ? g_log : stderr;
  va_list ap;
  char stamp[32];
  time_t now = time(NULL);
  struct tm tm;

  if (level > g_level)
    return;
  gmtime_r(&now, &tm);
  strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
  fprintf(out, "%s [%s] ", stamp, names[level & 3]);
  va_start(ap, fmt);
  vfprintf(out, fmt, ap);
  va_end(ap);
  fputc('\n', out);
  fflush(out);
}
