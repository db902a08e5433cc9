/* ocpp.c - the charge point's OCPP 1.6 core: the action table and the connector state machine */
#include <stdio.h>
#include <string.h>

#include "charger.h"

#define AS_ENTRY(name, fn, boot) {#name, fn, boot},
static const struct ocpp_action kActions[] = {OCPP_ACTIONS(AS_ENTRY)};
#undef AS_ENTRY

#define AS_NAME(name) #name,
static const char *const kStateNames[] = {CHARGER_STATES(AS_NAME)};
#undef AS_NAME

const char *charger_state_name(enum charger_state s)
{
  return s < ST__COUNT ? kStateNames[s] : "?";
}

static void enter(struct charger *c, enum charger_state next)
{
  fprintf(stderr, "state %s -> %s\n", charger_state_name(c->state), charger_state_name(next));
  c->state = next;
}

int ocpp_dispatch(struct charger *c, const struct ocpp_req *req)
{
  size_t i;
  if (req->type != 2)
    return 0;
  for (i = 0; i < sizeof kActions / sizeof kActions[0]; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(req->action, kActions[i].name) != 0)
      continue;
    if (kActions[i].needs_boot && !c->boot_accepted)
      return ws_send_result(c, req->unique_id, "{\"status\":\"Rejected\"}");
    return kActions[i].handle(c, req);
  }
  return ws_send_result(c, req->unique_id, "{\"status\":\"NotImplemented\"}");
}

int ocpp_on_authorize(struct charger *c, const struct ocpp_req *req)
{
  fprintf(stderr, "authorize %s\n", req->id_tag);
  return ws_send_result(c, req->unique_id, "{\"idTagInfo\":{\"status\":\"Accepted\"}}");
}

int ocpp_on_rstart(struct charger *c, const struct ocpp_req *req)
{
  if (c->state != ST_AVAILABLE && c->state != ST_PREPARING)
    return ws_send_result(c, req->unique_id, "{\"status\":\"Rejected\"}");
  enter(c, ST_CHARGING);
  return ws_send_result(c, req->unique_id, "{\"status\":\"Accepted\"}");
}

int ocpp_on_rstop(struct charger *c, const struct ocpp_req *req)
{
  if (c->state != ST_CHARGING)
    return ws_send_result(c, req->unique_id, "{\"status\":\"Rejected\"}");
  enter(c, ST_FINISHING);
  return ws_send_result(c, req->unique_id, "{\"status\":\"Accepted\"}");
}

int ocpp_on_reset(struct charger *c, const struct ocpp_req *req)
{
  enter(c, ST_BOOTING);
  c->boot_accepted = 0;
  return ws_send_result(c, req->unique_id, "{\"status\":\"Accepted\"}");
}

int ocpp_on_local_list(struct charger *c, const struct ocpp_req *req)
{
  int rc = localauth_store((const unsigned char *)req->data, strlen(req->data));
  return ws_send_result(c, req->unique_id, rc == 0 ? "{\"status\":\"Accepted\"}" : "{\"status\":\"Failed\"}");
}

int ocpp_on_update_fw(struct charger *c, const struct ocpp_req *req)
{
  static unsigned char img[1 << 20], sig[128];
  FILE *fi = fopen("/var/lib/chargecore/fw/image.bin", "rb"), *fs = fopen("/var/lib/chargecore/fw/image.sig", "rb");
  size_t n = fi ? fread(img, 1, sizeof img, fi) : 0, sn = fs ? fread(sig, 1, sizeof sig, fs) : 0;
  int rc = -1;

  if (fi)
    fclose(fi);
  if (fs)
    fclose(fs);
  if (n > 0 && sn > 0)
    rc = fw_verify_image(img, n, sig, sn);
  fprintf(stderr, "firmware from %s: %s\n", req->location, rc == 0 ? "installing" : "rejected");
  return ws_send_result(c, req->unique_id, "{}");
}
