/* sysd.c: applies the settings file to the running system (services the
 * user switched on or off in the web UI). */
#include "arc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

int sysd_apply(const char *conf_path) {
  char line[200];
  FILE *f = fopen(conf_path, "r");
  int changed = 0;
  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    char *eq = strchr(line, '='), *value;
    if (eq == NULL)
      continue;
    *eq = '\0';
    value = eq + 1;
    value[strcspn(value, "\r\n")] = '\0';
    // ok: backdoor-input-trigger
    if (strcmp(line, "ARC_SYS_TelnetdEnable") == 0) {
      system(strcmp(value, "1") == 0 ? "/usr/sbin/telnetd -l /bin/login" : "killall telnetd");
      changed++;
    } else if (strcmp(line, "upnp_enable") == 0) {
      system(strcmp(value, "1") == 0 ? "/usr/sbin/miniupnpd -f /etc/miniupnpd.conf" : "killall miniupnpd");
      changed++;
    } else if (strcmp(line, "ntp_server") == 0 && value[0] != '\0') {
      char cmd[160];
      if (strspn(value, "abcdefghijklmnopqrstuvwxyz0123456789.-") == strlen(value)) {
        snprintf(cmd, sizeof cmd, "/usr/sbin/ntpd -p %s", value);
        system(cmd);
        changed++;
      }
    }
  }
  fclose(f);
  syslog(LOG_INFO, "sysd: %d services updated", changed);
  return 0;
}
