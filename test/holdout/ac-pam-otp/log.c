/* log.c - syslog under the module's name */
#include <stdarg.h>
#include <syslog.h>

#include "otp.h"

void otp_log(int prio, const char *fmt, ...)
{
  va_list ap;
  openlog("pam_otp", LOG_PID, LOG_AUTHPRIV);
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
