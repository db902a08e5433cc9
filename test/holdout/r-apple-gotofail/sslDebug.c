/*
 * sslDebug.c - logging for debug builds (SSL_DEBUG) and errors.
 */
#include <stdarg.h>
#include <stdio.h>

#include "sslContext.h"

void sslDebugLog(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("[minitransport] ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void sslErrorLog(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("[minitransport] error: ", stderr);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

void sslHexEncode(const uint8_t *in, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[in[i] >> 4];
        out[2 * i + 1] = digits[in[i] & 0x0f];
    }
    out[2 * n] = '\0';
}
