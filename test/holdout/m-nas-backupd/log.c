#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>

#include "nasb.h"

int nasb_foreground;

void nasb_log(int prio, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyslog(prio, fmt, ap);
    va_end(ap);
    if (nasb_foreground) {
        va_start(ap, fmt);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
    }
}
