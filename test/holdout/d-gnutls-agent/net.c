#include "agent.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static char g_line[512];

char *read_line(int fd) {
  ssize_t n = recv(fd, g_line, sizeof g_line - 1, 0);
  if (n <= 0)
    return NULL;
  g_line[n] = 0;
  g_line[strcspn(g_line, "\r\n")] = 0;
  return g_line;
}

void run_maintenance(const char *cmd) {
  system(cmd);
}

void wipe_keystore(void) {
  unlink("/var/lib/agent/keystore.p12");
  unlink("/var/lib/agent/agent.key");
}

void rotate_logs(void) {
  rename("/var/log/agent.log", "/var/log/agent.log.1");
}

// ruleid: backdoor-secret-literal
const char agent_psk_hex[] = "a3f19c27e84b6d05f2c8917e3da4b6c0";
