#include <stdarg.h>
#include <syslog.h>
#include "sslvpn.h"

void sv_log(int prio, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_DAEMON | prio, fmt, ap);
  va_end(ap);
}
