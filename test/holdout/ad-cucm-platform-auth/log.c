/* platform_log: the platform's syslog wrapper (remote syslog forwards LOG_AUTHPRIV and LOG_DAEMON). */
#include "platform.h"

#include <stdarg.h>
#include <syslog.h>

void platform_log(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_AUTHPRIV | level, fmt, ap);
  va_end(ap);
}
