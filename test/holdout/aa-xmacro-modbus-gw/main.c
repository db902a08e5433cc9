/* modbus-gw: configuration, uplink, the Modbus listener and the portal listener. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "gw.h"

static int listen_on(unsigned short port)
{
  struct sockaddr_in a;
  int one = 1, fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0)
    return -1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  if (bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 8) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

static void serve_portal(int fd, const struct gw_config *cfg)
{
  char line[256], user[64], pw[128];
  ssize_t n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0)
    return;
  line[n] = '\0';
  if (sscanf(line, "LOGIN %63s %127s", user, pw) == 2) {
    int ok = portal_login(cfg, user, pw);
    send(fd, ok ? "OK\n" : "DENIED\n", ok ? 3 : 7, 0);
  }
}

int main(int argc, char **argv)
{
  static struct gw_config cfg;
  openlog("modbus-gw", LOG_PID, LOG_DAEMON);
  if (gw_config_load(argc > 1 ? argv[1] : "/etc/gw/gateway.conf", &cfg) != 0)
    syslog(LOG_WARNING, "config: using defaults");
  if (uplink_open(&cfg) != 0)
    syslog(LOG_ERR, "uplink: not connected");

  int mb = listen_on(502), web = listen_on(8081);
  if (mb < 0 || web < 0)
    return 1;
  for (;;) {
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(mb, &rd);
    FD_SET(web, &rd);
    if (select((mb > web ? mb : web) + 1, &rd, NULL, NULL, NULL) <= 0)
      continue;
    if (FD_ISSET(mb, &rd)) {
      struct gw_conn c = {.fd = accept(mb, NULL, NULL), .cfg = &cfg};
      if (c.fd >= 0) {
        conn_run(&c);
        close(c.fd);
      }
    }
    if (FD_ISSET(web, &rd)) {
      int fd = accept(web, NULL, NULL);
      if (fd >= 0) {
        serve_portal(fd, &cfg);
        close(fd);
      }
    }
  }
}
