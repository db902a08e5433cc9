/* ws.c - OCPP-J frames over the TLS connection (the WebSocket framing is done by the modem's proxy) */
#include <stdio.h>
#include <string.h>

#include "charger.h"

static int json_field(const char *json, const char *name, char *out, size_t cap)
{
  char pat[48];
  const char *p, *end;
  size_t n;

  snprintf(pat, sizeof pat, "\"%s\":\"", name);
  p = strstr(json, pat);
  if (p == NULL)
    return -1;
  p += strlen(pat);
  end = strchr(p, '"');
  if (end == NULL)
    return -1;
  n = (size_t)(end - p);
  if (n >= cap)
    n = cap - 1;
  memcpy(out, p, n);
  out[n] = '\0';
  return 0;
}

/* [2,"<unique id>","<Action>",{...}] */
int ws_read_message(struct charger *c, struct ocpp_req *req)
{
  char frame[2048];
  int n = mbedtls_ssl_read(&c->ssl, (unsigned char *)frame, sizeof frame - 1);
  const char *payload;

  if (n <= 0)
    return -1;
  frame[n] = '\0';
#ifdef CHARGER_DEBUG_FRAMES
  // ok: backdoor-build-switch
  fprintf(stderr, "<< %s\n", frame);
#endif
  memset(req, 0, sizeof *req);
  if (sscanf(frame, "[%d,\"%39[^\"]\",\"%39[^\"]\"", &req->type, req->unique_id, req->action) != 3)
    return -1;
  payload = strchr(frame, '{');
  if (payload == NULL)
    return 0;
  json_field(payload, "idTag", req->id_tag, sizeof req->id_tag);
  json_field(payload, "vendorId", req->vendor_id, sizeof req->vendor_id);
  json_field(payload, "messageId", req->message_id, sizeof req->message_id);
  json_field(payload, "data", req->data, sizeof req->data);
  json_field(payload, "location", req->location, sizeof req->location);
  if (sscanf(strstr(payload, "\"connectorId\":") ? strstr(payload, "\"connectorId\":") : "", "\"connectorId\":%d", &req->connector) != 1)
    req->connector = 0;
  return 0;
}

int ws_send_result(struct charger *c, const char *unique_id, const char *json)
{
  char frame[1024];
  int n = snprintf(frame, sizeof frame, "[3,\"%s\",%s]", unique_id, json);
  if (n < 0 || (size_t)n >= sizeof frame)
    return -1;
  return mbedtls_ssl_write(&c->ssl, (const unsigned char *)frame, (size_t)n) == n ? 0 : -1;
}
