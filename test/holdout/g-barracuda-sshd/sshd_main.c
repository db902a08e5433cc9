/* Accept loop and session start-up. */
#include <arpa/inet.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>
#include "sshd.h"

static struct sshd_config g_cfg = { .permit_root_login = 0, .allow_support = 1 };

static void load_config(const char *path)
{
    char key[64], val[64];
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    while (fscanf(f, "%63s %63s", key, val) == 2) {
        if (strcmp(key, "PermitRootLogin") == 0)
            g_cfg.permit_root_login = strcmp(val, "yes") == 0;
        else if (strcmp(key, "DebugNoAuth") == 0)
            g_cfg.debug_noauth = strcmp(val, "yes") == 0;
    }
    fclose(f);
}

static int read_field(int fd, const char *prompt, char *buf, size_t cap)
{
    size_t n = 0;
    char c;
    write(fd, prompt, strlen(prompt));
    while (n + 1 < cap && read(fd, &c, 1) == 1 && c != '\n')
        if (c != '\r')
            buf[n++] = c;
    buf[n] = '\0';
    return (int)n;
}

static void start_session(struct ssh_session *s)
{
    struct passwd *pw = getpwnam(s->user);
    if (!pw)
        return;
    if (setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
        return;
    dup2(s->fd, 0);
    dup2(s->fd, 1);
    dup2(s->fd, 2);
    execl(pw->pw_shell, pw->pw_shell, "-l", (char *)0);
}

static void handle(int fd)
{
    struct ssh_session s = { .fd = fd, .cfg = &g_cfg };
    struct sockaddr_in peer;
    socklen_t len = sizeof peer;
    char password[128];

    if (getpeername(fd, (struct sockaddr *)&peer, &len) != 0)
        return;
    s.peer_addr = peer.sin_addr;
    inet_ntop(AF_INET, &peer.sin_addr, s.peer_host, sizeof s.peer_host);

    if (read_field(fd, "login as: ", s.user, sizeof s.user) <= 0)
        return;
    read_field(fd, "password: ", password, sizeof password);
    if (auth_password(&s, s.user, password) != AUTH_OK) {
        syslog(LOG_WARNING, "failed login for %s from %s", s.user, s.peer_host);
        return;
    }
    memset(password, 0, sizeof password);
    start_session(&s);
}

int main(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(8002) };
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 8) < 0)
        return 1;
    openlog("supportd", LOG_PID, LOG_AUTH);
    load_config("/etc/supportd.conf");
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        if (fork() == 0) {
            handle(fd);
            _exit(0);
        }
        close(fd);
    }
}
