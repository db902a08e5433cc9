/* An FTP command loop: a command's argument, read from the socket, is handed
   to help.c's reply; a configuration value is handed to its setting. */
#include <string.h>

long recv(int fd, void *buf, unsigned long n, int flags);
char *strtok_r(char *s, const char *delim, char **save);
typedef struct cmd_rec { int argc; char *argv[8]; } cmd_rec;
int help_reply(cmd_rec *cmd, const char *target);
int apply_setting(const char *value);
char *read_config_line(void);

static int core_help(cmd_rec *cmd) { return help_reply(cmd, cmd->argv[1]); }

void ftp_loop(int fd) {
  static char line[512];
  cmd_rec cmd;
  char *save = 0;
  while (recv(fd, line, sizeof line - 1, 0) > 0) {
    cmd.argc = 0;
    for (char *t = strtok_r(line, " ", &save); t && cmd.argc < 8; t = strtok_r(0, " ", &save))
      cmd.argv[cmd.argc++] = t;
    if (cmd.argc > 1 && strcmp(cmd.argv[0], "HELP") == 0) core_help(&cmd);
  }
  apply_setting(read_config_line());
}
