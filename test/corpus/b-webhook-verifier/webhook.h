#ifndef WEBHOOK_H
#define WEBHOOK_H

#include <stddef.h>

#define WH_SIG_HEX_LEN 64

struct wh_request {
  char hostname[256];          /* peer address as seen by the listener */
  char event_type[64];
  char delivery_id[64];
  char timestamp[24];
  char signature_header[128];  /* "sha256=<hex>" or "v1,<hex>" */
  const unsigned char *body;
  size_t body_len;
};

struct wh_endpoint {
  char name[64];
  unsigned char secret[64];
  size_t secret_len;
  int scheme;                  /* 1 = legacy "sha256=", 2 = "v1," timestamped */
};

int wh_verify(const struct wh_request *req, const struct wh_endpoint *ep);
int wh_dispatch(const struct wh_request *req, const struct wh_endpoint *ep);
void wh_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
