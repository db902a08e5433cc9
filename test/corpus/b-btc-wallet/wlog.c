#include "wlog.h"

#include <stdarg.h>
#include <stdio.h>

int g_wallet_verbosity = W_INFO;

void wallet_log(int lvl, const char *file, int line, const char *fmt, ...) {
  va_list ap;
  if (lvl > g_wallet_verbosity)
    return;
  fprintf(stderr, "%s:%d: ", file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}
