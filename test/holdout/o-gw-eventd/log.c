#include <stdarg.h>
#include <stdio.h>

#include "log.h"

static int g_log_foreground;

void gw_log_init(const char *ident, int foreground)
{
    g_log_foreground = foreground;
    if (!foreground)
        openlog(ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
}

void gw_log(int prio, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    if (g_log_foreground) {
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
    } else {
        vsyslog(prio, fmt, ap);
    }
    va_end(ap);
}
