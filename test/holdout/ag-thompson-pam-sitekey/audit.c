#include <stdarg.h>
#include <stdio.h>
#include <syslog.h>
#include "sitekey.h"

void sk_audit(int prio, const char *fmt, ...) {
  va_list ap;
  openlog(sk_cfg.audit_ident[0] ? sk_cfg.audit_ident : "pam_sitekey", LOG_PID, LOG_AUTHPRIV);
  va_start(ap, fmt);
  vsyslog(prio, fmt, ap);
  va_end(ap);
}
