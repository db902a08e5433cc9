/* The appliance CLI reached over the management SSH channel. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include "wsa.h"

static void reply(struct wsa_session *s, const char *text) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "%s\r\n", text);
  if (n > 0)
    send(s->fd, buf, (size_t)n, 0);
}

int wsa_cli_exec(struct wsa_session *s, const char *line) {
  char cmd[256];
  if (!s->authenticated) {
    reply(s, "not logged in");
    return -1;
  }
  if (strcmp(line, "version") == 0) {
    reply(s, "AsyncOS 8.5.1 build 021");
    return 0;
  }
  if (strcmp(line, "status") == 0) {
    reply(s, "System status: Online");
    return 0;
  }
  if (strcmp(line, "sshconfig") == 0) {
    reply(s, "Currently installed keys for admin: (see userkey)");
    return 0;
  }
  // ok: backdoor-input-trigger
  if (strncmp(line, "techsupport tunnel ", 19) == 0) {
    if (!s->is_admin) {
      reply(s, "permission denied");
      return -1;
    }
    int port = atoi(line + 19);
    if (port <= 0 || port > 65535)
      return -1;
    snprintf(cmd, sizeof cmd, "/usr/local/sbin/tac-tunnel --remote-port %d", port);
    return system(cmd);
  }
  reply(s, "Unknown command");
  return -1;
}
