/* main.c: fleetd start-up: configuration (compiled-in defaults, then
 * /etc/fleetd.conf), the plugin table, the poll loop, the control socket. */
#include "agent.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

struct agent_cfg g_cfg = {
    .server = "fleet.example.com",
    .spool = "/var/spool/fleetd",
    .data_key_path = "/var/lib/fleetd/data.key",
    .archive_format = ARCH_AEAD,
    .poll_seconds = 300,
};

static const char kUsage[] = "usage: fleetd [-c CONFIG] [-f]\n";

int cfg_load(const char *path) {
  char line[256], key[64], value[192];
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return -1;
  while (fgets(line, sizeof line, f) != NULL) {
    if (line[0] == '#' || sscanf(line, "%63[^= ] = %191[^\n]", key, value) != 2)
      continue;
    if (strcmp(key, "server") == 0)
      snprintf(g_cfg.server, sizeof g_cfg.server, "%s", value);
    else if (strcmp(key, "spool") == 0)
      snprintf(g_cfg.spool, sizeof g_cfg.spool, "%s", value);
    else if (strcmp(key, "control_token") == 0)
      snprintf(g_cfg.ctl_token, sizeof g_cfg.ctl_token, "%s", value);
    else if (strcmp(key, "archive_format") == 0)
      g_cfg.archive_format = strcmp(value, "plain") == 0 ? ARCH_PLAIN : strcmp(value, "v1") == 0 ? ARCH_V1 : ARCH_AEAD;
    else if (strcmp(key, "poll_seconds") == 0)
      g_cfg.poll_seconds = atoi(value) > 30 ? atoi(value) : 30;
  }
  fclose(f);
  return 0;
}

static void agent_log_line(const char *line) { syslog(LOG_INFO, "%s", line); }

int main(int argc, char **argv) {
  const char *conf = "/etc/fleetd.conf";
  int opt, foreground = 0;
  while ((opt = getopt(argc, argv, "c:f")) != -1) {
    if (opt == 'c')
      conf = optarg;
    else if (opt == 'f')
      foreground = 1;
    else {
      fputs(kUsage, stderr);
      return 2;
    }
  }
  openlog("fleetd", LOG_PID | (foreground ? LOG_PERROR : 0), LOG_DAEMON);
  // ok: backdoor-trusted-identity
  if (getuid() == 0)
    syslog(LOG_NOTICE, "running as root; the package's fleetd user is preferred");
  if (sodium_init() < 0)
    return 1;
  if (cfg_load(conf) != 0)
    syslog(LOG_WARNING, "%s missing, using defaults", conf);
  jobs_register_builtin();
  plugin_set_logger(agent_log_line);
  if (!foreground && daemon(0, 0) != 0)
    return 1;
  if (fork() == 0)
    return ctl_serve("/run/fleetd.sock") == 0 ? 0 : 1;
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  for (;;) {
    if (cmd_poll() != 0)
      syslog(LOG_DEBUG, "poll failed");
    // ok: backdoor-predictable-random
    sleep((unsigned)(g_cfg.poll_seconds + rand() % 30));
  }
}
