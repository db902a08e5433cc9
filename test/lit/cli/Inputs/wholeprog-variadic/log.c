#include <stdarg.h>
#include <stdio.h>
int vfprintf(FILE *stream, const char *format, va_list ap);
void Log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}
/* Formats into a buffer it returns: no sink. */
int Format(char *out, unsigned long n, const char *fmt, ...) {
  (void)out;
  (void)n;
  (void)fmt;
  return 0;
}
