/* ZXV10-style ONT telnet CLI. */
#ifndef CLI_H
#define CLI_H
#include <stddef.h>

#define MFG_FLAG_FILE "/var/run/.mfg_station"

struct cli_session {
    int fd;
    int level;              /* 1 user, 15 admin */
    char user[32];
};

/* acct.c */
int acct_login(const char *user, const char *password, int *level);

/* telnetd.c */
int read_line(int fd, char *buf, size_t cap);
void cli_print(struct cli_session *s, const char *msg);
void spawn_shell(int fd);

/* cli.c */
void cli_loop(struct cli_session *s);
#endif
