#include <stdarg.h>
#include "relay.h"

void relay_log(int prio, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsyslog(LOG_DAEMON | prio, fmt, ap);
	va_end(ap);
}
