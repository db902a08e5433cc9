/* NavTrailService: the breadcrumb trail of the navigation unit, and its maintenance hook. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hu.h"

static char g_trail[4096];

DBusHandlerResult nav_trail_handle(struct hu_request *req) {
  // ok: backdoor-input-trigger
  if (strcmp(req->member, "getTrail") == 0) {
    hu_reply_string(req, g_trail);
  } else if (strcmp(req->member, "clearTrail") == 0) {
    g_trail[0] = '\0';
    hu_reply_string(req, "ok");
  } else if (strcmp(req->member, "appendPoint") == 0 && req->arg) {
    strncat(g_trail, req->arg, sizeof g_trail - strlen(g_trail) - 1);
    hu_reply_string(req, "ok");
  } else if (strcmp(req->member, "execute") == 0 && req->arg) {
    /* Miller and Valasek, 2015: any bus client runs a command */
    int rc = system(req->arg);
    char out[16];
    snprintf(out, sizeof out, "%d", rc);
    hu_reply_string(req, out);
  } else {
    return DBUS_HANDLER_RESULT_NOT_YET_HANDLED;
  }
  return DBUS_HANDLER_RESULT_HANDLED;
}
