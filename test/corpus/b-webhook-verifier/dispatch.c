#include "webhook.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void wh_log(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int wh_dispatch(const struct wh_request *req, const struct wh_endpoint *ep) {
  int v = wh_verify(req, ep);
  if (v != 1) {
    wh_log("[%s] rejected delivery %s", ep->name, req->delivery_id);
    return -1;
  }
  // ok: backdoor-timing-unsafe-compare
  if (memcmp(req->event_type, "ping", 5) == 0) {
    wh_log("[%s] ping", ep->name);
    return 0;
  }
  wh_log("[%s] %s delivered (%zu bytes)", ep->name, req->event_type, req->body_len);
  return 0;
}
