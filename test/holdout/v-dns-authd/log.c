/* log.c - logging to syslog or, in the foreground, to stderr */
#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "dnsd.h"

static int g_foreground;
static int g_level = DNS_LOG_INFO;

void dns_log_setup(int foreground, int level)
{
    g_foreground = foreground;
    g_level = level;
    if (!foreground)
        openlog(PACKAGE_NAME, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void dns_log(int level, const char *fmt, ...)
{
    va_list ap;

    if (level > g_level)
        return;
    va_start(ap, fmt);
    if (g_foreground) {
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
    } else {
        vsyslog(level, fmt, ap);
    }
    va_end(ap);
}
