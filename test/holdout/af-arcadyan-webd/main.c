/* main.c: webd; also starts the TR-069 listener and sets up WPS. */
#include "arc.h"

#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>
#include <unistd.h>

int main(void) {
  char pin[9];
  openlog("webd", LOG_PID, LOG_DAEMON);
  arc_cfg_load();
  if (wps_pin(pin) != 0)
    syslog(LOG_WARNING, "wps: no PIN stored");
  if (g_arc_cfg.tr069_enable && fork() == 0) {
    if (tr069_inform(nvram_get("cwmp_acs_url")) != 0)
      syslog(LOG_WARNING, "cwmp: first Inform failed");
    return tr069_connection_request_listener(7547) == 0 ? 0 : 1;
  }
  return httpd_run(nvram_get_int("http_lan_port", 80)) == 0 ? 0 : 1;
}
