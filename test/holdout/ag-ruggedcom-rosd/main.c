#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ros.h"

int main(int argc, char **argv) {
  const char *conf = argc > 1 ? argv[1] : "/etc/ros/ros.conf";
  signal(SIGPIPE, SIG_IGN);
  if (ros_config_load(conf) != 0) fprintf(stderr, "rosd: %s missing, factory defaults\n", conf);
  if (g_cfg.syslog_host[0]) ros_syslog_connect(g_cfg.syslog_host, g_cfg.syslog_port);
  ros_register_routes();
  int lfd = websOpen(g_cfg.web_port);
  if (lfd < 0) { perror("websOpen"); return 1; }
  if (fork() == 0) return ros_sshd_start(g_cfg.ssh_port) == 0 ? 0 : 1;
  for (;;) {
    struct pollfd p = {lfd, POLLIN, 0};
    if (poll(&p, 1, 1000) > 0) websServiceOnce(lfd);
  }
}
