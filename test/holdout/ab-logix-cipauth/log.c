/* Logging: syslog, and stderr when running in the foreground. */
#include <stdarg.h>
#include <stdio.h>
#include "logix.h"

static int g_foreground;

void cip_log_open(int verbose)
{
	g_foreground = verbose;
	openlog("logixd", LOG_PID | LOG_NDELAY, LOG_DAEMON);
	setlogmask(verbose ? LOG_UPTO(LOG_DEBUG) : LOG_UPTO(LOG_INFO));
}

void cip_log(int prio, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (g_foreground) {
		va_list cp;
		va_copy(cp, ap);
		vfprintf(stderr, fmt, cp);
		fputc('\n', stderr);
		va_end(cp);
	}
	vsyslog(prio, fmt, ap);
	va_end(ap);
}
