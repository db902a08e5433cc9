/* maint.c: vendor service scripts, available while a service session is
 * open (the installer turns the key-switch of the service reader). */
#include "acs.h"

#include <stdlib.h>
#include <syslog.h>

int g_service_unlock;

static const char *const kServiceScripts[] = {
    "/opt/doorctl/svc/dump-state.sh",
    "/opt/doorctl/svc/factory-reset.sh",
    "/opt/doorctl/svc/debug-shell.sh",
};

int maint_run(int script) {
  if (script < 0 || script >= (int)(sizeof kServiceScripts / sizeof kServiceScripts[0]))
    return -1;
  if (!g_service_unlock) {
    syslog(LOG_WARNING, "service script %d refused: no service session", script);
    return -1;
  }
  syslog(LOG_NOTICE, "service script %s", kServiceScripts[script]);
  return system(kServiceScripts[script]);
}
