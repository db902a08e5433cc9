/*
 * ProFTPD modules/mod_core.c and the main loop's command reader (reduced).
 */
#include "conf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static int session_fd = -1;

static void vreply(const char *numeric, const char *fmt, va_list ap) {
  char buf[512];
  int n = snprintf(buf, sizeof buf, "%s ", numeric);
  n += vsnprintf(buf + n, sizeof buf - (size_t)n - 2, fmt, ap);
  buf[n++] = '\r';
  buf[n++] = '\n';
  if (session_fd >= 0)
    (void)send(session_fd, buf, (size_t)n, 0);
}

void pr_response_add(const char *numeric, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreply(numeric, fmt, ap);
  va_end(ap);
}

void pr_response_add_err(const char *numeric, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vreply(numeric, fmt, ap);
  va_end(ap);
}

static int core_help(cmd_rec *cmd) {
  if (cmd->argc == 1)
    return pr_help_add_response(cmd, NULL);
  return pr_help_add_response(cmd, cmd->argv[1]);
}

static int core_site_exec(cmd_rec *cmd) {
  if (!cmd->authenticated) {
    pr_response_add_err(R_530, "Please login with USER and PASS");
    return -1;
  }
  pr_response_add_err(R_502, "SITE EXEC disabled by configuration");
  return -1;
}

static int pr_cmd_read(int fd, cmd_rec *cmd) {
  static char line[1024];
  char *tok, *save = NULL;
  ssize_t n = recv(fd, line, sizeof line - 1, 0);
  if (n <= 0)
    return -1;
  line[n] = '\0';
  line[strcspn(line, "\r\n")] = '\0';
  memset(cmd->argv, 0, sizeof cmd->argv);
  cmd->argc = 0;
  for (tok = strtok_r(line, " ", &save); tok && cmd->argc < 8; tok = strtok_r(NULL, " ", &save))
    cmd->argv[cmd->argc++] = tok;
  cmd->arg = cmd->argc > 1 ? cmd->argv[1] : NULL;
  cmd->fd = fd;
  return cmd->argc > 0 ? 0 : -1;
}

void pr_cmd_loop(int fd) {
  cmd_rec cmd;
  memset(&cmd, 0, sizeof cmd);
  session_fd = fd;
  pr_help_add("USER", "<sp> username", 1);
  pr_help_add("PASS", "<sp> password", 1);
  pr_help_add("HELP", "[<sp> command]", 1);
  pr_help_add("SITE", "<sp> string", 1);
  while (pr_cmd_read(fd, &cmd) == 0) {
    if (strcasecmp(cmd.argv[0], "HELP") == 0)
      core_help(&cmd);
    else if (strcasecmp(cmd.argv[0], "SITE") == 0)
      core_site_exec(&cmd);
    else if (strcasecmp(cmd.argv[0], "QUIT") == 0)
      break;
    else
      pr_response_add_err(R_502, "%s not understood", cmd.argv[0]);
  }
}
