/* Small helpers shared by the pump's units. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#include "pump.h"

void *pump_xzalloc(size_t n)
{
    void *p = calloc(1, n);

    if (p == NULL)
        abort();
    return p;
}

/* Equality of two NUL-terminated strings; NULL equals nothing. */
int pump_str_equal(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return 0;
    return strcmp(a, b) == 0;
}

void pump_log(const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsyslog(LOG_NOTICE, fmt, ap);
    va_end(ap);
}
