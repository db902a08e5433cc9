#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include "ship.h"

int str_eq(const char *a, const char *b)
{
  if (a == NULL || b == NULL)
    return 0;
  return strcmp(a, b) == 0;
}

int unhex(const char *hex, unsigned char *out, size_t n)
{
  if (strlen(hex) != 2 * n)
    return -1;
  for (size_t i = 0; i < n; i++) {
    unsigned v;
    if (sscanf(hex + 2 * i, "%2x", &v) != 1)
      return -1;
    out[i] = (unsigned char)v;
  }
  return 0;
}

void ship_log(int prio, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
