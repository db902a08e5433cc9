/* log.c - stderr or syslog, by verbosity */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "vpnd.h"

static int g_verbosity = VPN_INFO;

void vpn_set_verbosity(int v)
{
  g_verbosity = v;
}

void vpn_log(int level, const char *fmt, ...)
{
  va_list ap;
  if (level > g_verbosity)
    return;
  va_start(ap, fmt);
  vsyslog(level == VPN_ERR ? LOG_ERR : level == VPN_INFO ? LOG_INFO : LOG_DEBUG, fmt, ap);
  va_end(ap);
}
