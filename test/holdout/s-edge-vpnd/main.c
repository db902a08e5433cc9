/* edgevpnd main. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <sodium.h>
#include "vpnd.h"

static void syslog_emit(int level, const char *line) {
  syslog(level, "%s", line);
}

static void stderr_emit(int level, const char *line) {
  fprintf(stderr, "<%d> %s\n", level, line);
}

static const struct vpn_log_ops syslog_ops = {"syslog", syslog_emit};
static const struct vpn_log_ops stderr_ops = {"stderr", stderr_emit};

const struct vpn_log_ops *g_log_ops = &syslog_ops;
int g_vpn_verbose;

int main(int argc, char **argv) {
  struct vpn_config cfg;
  const char *conf = "/etc/edgevpn/edgevpnd.conf";
  int opt;
  while ((opt = getopt(argc, argv, "fvc:")) != -1) {
    if (opt == 'f')
      g_log_ops = &stderr_ops;
    else if (opt == 'v')
      g_vpn_verbose++;
    else if (opt == 'c')
      conf = optarg;
  }
  openlog("edgevpnd", LOG_PID, LOG_DAEMON);
  if (sodium_init() < 0 || vpn_config_load(conf, &cfg) != 0)
    return 1;
  srandom((unsigned)time(NULL) ^ (unsigned)getpid());
  int udp = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(cfg.port);
  if (udp < 0 || bind(udp, (struct sockaddr *)&sa, sizeof sa) != 0)
    return 1;
  if (fork() == 0) {
    for (;;) {
      ctl_run(&cfg);
      /* reconnect with jitter so a fleet does not storm the controller */
      // ok: backdoor-predictable-random
      usleep(1000u * (5000u + vpn_jitter_ms(5000)));
    }
  }
  tunnel_run(udp, &cfg);
  return 0;
}
