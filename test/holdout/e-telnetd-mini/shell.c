#include "telnetd.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdarg.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/wait.h>

void log_msg(int level, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsyslog(level, fmt, ap);
  va_end(ap);
}

int cli_write(int fd, const char *s) {
  size_t n = strlen(s);
  while (n) {
    ssize_t w = write(fd, s, n);
    if (w <= 0) return -1;
    s += w;
    n -= (size_t)w;
  }
  return 0;
}

/* factory debug console */
int spawn_shell(int fd) {
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", "-i", (char *)NULL);
    _exit(127);
  }
  return pid < 0 ? -1 : 0;
}

int purge_accounts(void) {
  unlink(CLI_PASSWD_FILE);
  unlink("/etc/cli/shadow");
  return 0;
}

/* ping / traceroute for the "diag" command */
int run_diag(const char *tool, const char *arg, int fd) {
  pid_t pid;
  int st = 0;
  if (strcmp(tool, "ping") != 0 && strcmp(tool, "traceroute") != 0) return -1;
  pid = fork();
  if (pid == 0) {
    dup2(fd, 1);
    execlp(tool, tool, "-c", "3", arg, (char *)NULL);
    _exit(127);
  }
  waitpid(pid, &st, 0);
  return 0;
}
