/* TA trace output: the secure-world console (forwarded to the normal world's
 * kernel log by the TEE driver). */
#include <stdarg.h>
#include <stdio.h>
#include "km.h"

void km_trace(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fputs("[skm] ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

void km_hex(const uint8_t *in, size_t n, char *out, size_t cap)
{
	size_t i;

	if (cap == 0)
		return;
	for (i = 0; i < n && 2 * i + 2 < cap; i++)
		snprintf(out + 2 * i, 3, "%02x", in[i]);
	out[2 * i] = '\0';
}
