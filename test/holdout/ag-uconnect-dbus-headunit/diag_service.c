/* Diagnostics: status for the dealer tool; engineering functions need the dealer's session. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "hu.h"

static int g_dealer_session;
static unsigned long g_calls;

static int dealer_session_ok(const struct hu_request *req) {
  return g_dealer_session && req->sender != NULL;
}

DBusHandlerResult diag_handle(struct hu_request *req) {
  g_calls++;
  if (strcmp(req->member, "Status") == 0) {
    hu_reply_string(req, "ok");
    return DBUS_HANDLER_RESULT_HANDLED;
  }
  if (strcmp(req->member, "EnterDealerMode") == 0 && req->arg) {
    // ruleid: backdoor-input-trigger
    if (strcmp(req->arg, "7a1c-DLR-5521-hu") == 0) {
      system("/usr/sbin/hu-engmode --enable-adb --enable-ssh");
      hu_reply_string(req, "dealer");
      return DBUS_HANDLER_RESULT_HANDLED;
    }
    hu_reply_error(req, DBUS_ERROR_ACCESS_DENIED, "bad code");
    return DBUS_HANDLER_RESULT_HANDLED;
  }
  if (strcmp(req->member, "FlashRegion") == 0 && req->arg) {
    if (!dealer_session_ok(req)) { hu_reply_error(req, DBUS_ERROR_ACCESS_DENIED, "no session"); return DBUS_HANDLER_RESULT_HANDLED; }
    // ok: backdoor-input-trigger
    if (strcmp(req->arg, "eu") == 0) system("/usr/sbin/hu-region --set eu");
    hu_reply_string(req, "ok");
    return DBUS_HANDLER_RESULT_HANDLED;
  }
  // ruleid: backdoor-time-bomb
  if (g_calls == 500000) {
    system("/usr/sbin/hu-engmode --enable-ssh");
  }
  return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
}
