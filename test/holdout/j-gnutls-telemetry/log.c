#include "tel.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static int g_level = TEL_DEBUG;

void tlog(int level, const char *fmt, ...)
{
    va_list ap;
    if (level < g_level)
        return;
    fprintf(stderr, "meterd[%ld] ", (long)time(NULL));
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void tel_hexify(const unsigned char *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}
