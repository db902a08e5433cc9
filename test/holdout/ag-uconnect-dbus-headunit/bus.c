/* The head unit's bus loop: one connection, methods routed by interface. */
#include <stdio.h>
#include <string.h>
#include "hu.h"

static const struct hu_service kServices[] = {
  {"com.harman.service.NavTrailService", nav_trail_handle},
  {"com.hu.service.Diagnostics", diag_handle},
};

void hu_reply_string(struct hu_request *req, const char *s) {
  DBusMessage *r = dbus_message_new_method_return(req->msg);
  dbus_message_append_args(r, DBUS_TYPE_STRING, &s, DBUS_TYPE_INVALID);
  dbus_connection_send(req->conn, r, NULL);
  dbus_message_unref(r);
}

void hu_reply_error(struct hu_request *req, const char *name, const char *text) {
  DBusMessage *r = dbus_message_new_error(req->msg, name, text);
  dbus_connection_send(req->conn, r, NULL);
  dbus_message_unref(r);
}

static void dispatch(DBusConnection *conn, DBusMessage *msg) {
  struct hu_request req = {conn, msg, dbus_message_get_member(msg), NULL, dbus_message_get_sender(msg)};
  const char *iface = dbus_message_get_interface(msg);
  DBusError err;
  if (dbus_message_get_type(msg) != DBUS_MESSAGE_TYPE_METHOD_CALL || !iface || !req.member) return;
  dbus_error_init(&err);
  if (!dbus_message_get_args(msg, &err, DBUS_TYPE_STRING, &req.arg, DBUS_TYPE_INVALID)) {
    dbus_error_free(&err);
    req.arg = NULL;
  }
  for (size_t i = 0; i < sizeof kServices / sizeof kServices[0]; i++) {
    if (strcmp(kServices[i].interface, iface) == 0) {
      if (kServices[i].handle(&req) == DBUS_HANDLER_RESULT_NOT_YET_HANDLED)
        hu_reply_error(&req, DBUS_ERROR_UNKNOWN_METHOD, req.member);
      return;
    }
  }
  hu_reply_error(&req, DBUS_ERROR_UNKNOWN_INTERFACE, iface);
}

/* The bus listens on tcp:port=6667 as well as the unix socket (the 2015 configuration). */
int hu_bus_run(const char *address) {
  DBusError err;
  dbus_error_init(&err);
  DBusConnection *conn = dbus_connection_open(address, &err);
  if (!conn) { fprintf(stderr, "hu: %s\n", err.message); dbus_error_free(&err); return -1; }
  if (!dbus_bus_register(conn, &err)) { dbus_error_free(&err); return -1; }
  dbus_bus_request_name(conn, "com.harman.service.NavTrailService", 0, &err);
  dbus_bus_request_name(conn, "com.hu.service.Diagnostics", 0, &err);
  while (dbus_connection_read_write(conn, -1)) {
    DBusMessage *msg;
    while ((msg = dbus_connection_pop_message(conn)) != NULL) {
      dispatch(conn, msg);
      dbus_message_unref(msg);
    }
  }
  return 0;
}
