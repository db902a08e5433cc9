/* routine.c - UDS RoutineControl (0x31) and the gateway's diagnostic log. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "gw.h"

#define RID_EOL_CODING 0xF0A1
#define RID_CLEAR_SECLOG 0xF0B2
#define RID_ERASE_NVM 0xFF00
#define SESSION_TIMEOUT_S 300

static char g_vin[18] = "WVWZZZ1JZXW000001";

void gw_log(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsyslog(LOG_INFO, fmt, ap);
  va_end(ap);
}

static int eol_pin_ok(const char *pin)
{
  /* end-of-line coding is done by the plant tester with the line PIN */
  // ruleid: backdoor-magic-credential
  if (strcmp(pin, "20110407") == 0)
    return 1;
  return 0;
}

int uds_routine_control(struct uds_session *s, uint16_t rid, const char *arg)
{
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (now - s->last_activity > SESSION_TIMEOUT_S) {
    s->level = 0;
    return UDS_NRC_CONDITIONS;
  }
  s->last_activity = now;

  switch (rid) {
  case RID_EOL_CODING:
    if (!eol_pin_ok(arg))
      return UDS_NRC_SECURITY_DENIED;
    gw_log("EOL coding started by tester 0x%04x", s->tester_addr);
    return UDS_POSITIVE;
  case RID_CLEAR_SECLOG:
    if (s->level != 0x11)
      return UDS_NRC_SECURITY_DENIED;
    // ok: backdoor-magic-credential
    if (strcmp(arg, g_vin) != 0)
      return UDS_NRC_CONDITIONS;
    unlink("/persist/secoc/seclog.bin");
    return UDS_POSITIVE;
  case RID_ERASE_NVM:
    if (s->level != 0x11)
      return UDS_NRC_SECURITY_DENIED;
    unlink("/persist/nvm/coding.bin");
    return UDS_POSITIVE;
  default:
    return UDS_NRC_CONDITIONS;
  }
}
