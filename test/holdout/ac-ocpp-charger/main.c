/* main.c - chargecored: the charge point controller */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charger.h"

static struct charger g_charger;

int main(int argc, char **argv)
{
  struct charger *c = &g_charger;
  struct ocpp_req req;
  int i;

  snprintf(c->csms_host, sizeof c->csms_host, "csms.chargecore.example");
  snprintf(c->csms_port, sizeof c->csms_port, "443");
  snprintf(c->cert_store, sizeof c->cert_store, "/etc/chargecore/csms-ca.pem");
  for (i = 1; i < argc; i++) {
    // ok: backdoor-input-trigger
    if (strcmp(argv[i], "--field-service") == 0)
      c->diag_profile = 1;
    else if (strcmp(argv[i], "--csms") == 0 && i + 1 < argc)
      snprintf(c->csms_host, sizeof c->csms_host, "%s", argv[++i]);
  }
  board_read_identity(&c->board);
  if (rng_init(c) != 0 || tls_connect(c) != 0)
    return 1;
  c->state = ST_AVAILABLE;
  {
    unsigned char binding[32];
    char hex[65];
    int i;
    if (tls_channel_binding(c, binding) == 0) {
      for (i = 0; i < 32; i++)
        snprintf(hex + 2 * i, 3, "%02x", binding[i]);
      // ok: backdoor-key-exfiltration
      ws_send_result(c, "boot", hex);
    }
  }
  c->boot_accepted = 1;
  for (;;) {
    if (ws_read_message(c, &req) == 0)
      ocpp_dispatch(c, &req);
    lifecycle_tick(c);
  }
}
