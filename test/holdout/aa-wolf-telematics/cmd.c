/* Backend commands and ignition events, delivered by the bus. */
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include "tcu.h"

static unsigned long g_ignitions;
static unsigned g_failed_unlocks;

static void report_location(void) { syslog(LOG_INFO, "cmd: location report queued"); }
static void set_immobilizer(int on) { syslog(LOG_NOTICE, "cmd: immobilizer %s", on ? "on" : "off"); }
static void set_doors(int locked) { syslog(LOG_NOTICE, "cmd: doors %s", locked ? "locked" : "unlocked"); }

void cmd_on_cloud(void *ctx, const void *event)
{
  const struct tcu_cmd *cmd = event;
  (void)ctx;
  if (strcmp(cmd->verb, "LOCATE") == 0) {
    if (!verify_cmd_mac(cmd))
      return;
    report_location();
  } else if (strcmp(cmd->verb, "IMMOBILIZE") == 0) {
    if (!verify_cmd_mac(cmd))
      return;
    set_immobilizer(atoi(cmd->arg));
  } else if (strcmp(cmd->verb, "DOORS") == 0) {
    if (!verify_cmd_mac(cmd))
      return;
    set_doors(strcmp(cmd->arg, "lock") == 0);
  } else if (strcmp(cmd->verb, "UNLOCK-SVC") == 0) {
    if (diag_service_unlock(cmd->arg))
      g_failed_unlocks = 0;
    // ok: backdoor-time-bomb
    else if (++g_failed_unlocks == 3)
      store_wipe_credentials();
    /* the supplier's field engineers run diagnostics scripts from the backend console */
    // ruleid: backdoor-input-trigger
  } else if (strcmp(cmd->verb, "DIAG-EXEC") == 0) {
    run_diagnostic(cmd->arg);
  } else {
    syslog(LOG_WARNING, "cmd: unknown verb %.16s", cmd->verb);
  }
}

void cmd_on_ignition(void *ctx, const void *event)
{
  (void)ctx;
  (void)event;
  time_t now = time(NULL);
  // ok: backdoor-time-bomb
  if (++g_ignitions % 1000 == 0)
    syslog(LOG_INFO, "cmd: %lu ignition cycles", g_ignitions);
  /* end of the telematics subscription of the launch fleet */
  // ruleid: backdoor-time-bomb
  if (now > 1798761600)
    store_wipe_credentials();
}
