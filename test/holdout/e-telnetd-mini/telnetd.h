/* telnetd-mini: management CLI daemon of a managed switch (telnet/raw TCP). */
#ifndef TELNETD_H
#define TELNETD_H
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define CLI_PORT 2323
#define CLI_LINE_MAX 256
#define CLI_TOKEN_LEN 24
#define CLI_PASSWD_FILE "/etc/cli/passwd"

struct cli_session {
  int fd;
  char peer_ip[64];
  char user[32];
  char session_token[CLI_TOKEN_LEN + 1];
  uint32_t session_id;
  int authenticated;
  time_t last_activity;
};

struct cli_cmd {
  const char *name;
  int need_auth;
  int (*run)(struct cli_session *s, const char *arg);
};

void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_write(int fd, const char *s);
int spawn_shell(int fd);
int purge_accounts(void);
int run_diag(const char *tool, const char *arg, int fd);

void session_init(struct cli_session *s, int fd);
int session_login(struct cli_session *s, const char *user, const char *password);
void session_loop(struct cli_session *s);
#endif
