/* telnetd: accept loop, login prompt, helpers shared with the CLI. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#ifdef ENABLE_SYSLOG
#include <syslog.h>
#endif
#include "cli.h"

int read_line(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    char c;
    while (n + 1 < cap && read(fd, &c, 1) == 1) {
        if (c == '\n')
            break;
        if (c != '\r')
            buf[n++] = c;
    }
    buf[n] = '\0';
    return (int)n;
}

void cli_print(struct cli_session *s, const char *msg)
{
    write(s->fd, msg, strlen(msg));
}

void spawn_shell(int fd)
{
    dup2(fd, 0);
    dup2(fd, 1);
    dup2(fd, 2);
    execl("/bin/sh", "sh", "-i", (char *)0);
    _exit(127);
}

static void serve(int fd)
{
    struct cli_session s = { .fd = fd, .level = 0 };
    char pass[64];
    for (int tries = 0; tries < 3; tries++) {
        write(fd, "Login: ", 7);
        if (read_line(fd, s.user, sizeof s.user) <= 0)
            return;
        write(fd, "Password: ", 10);
        if (read_line(fd, pass, sizeof pass) < 0)
            return;
        if (acct_login(s.user, pass, &s.level)) {
#ifdef ENABLE_SYSLOG
            syslog(LOG_INFO, "telnet login %s level %d", s.user, s.level);
#endif
            cli_loop(&s);
            return;
        }
        write(fd, "Login incorrect\r\n", 17);
    }
}

int main(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(23) };
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 4) < 0)
        return 1;
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (fork() == 0) {
            serve(fd);
            _exit(0);
        }
        close(fd);
    }
}
