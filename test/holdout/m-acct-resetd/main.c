/* acctd: line protocol on a UNIX socket, spoken by the console's web front end
 *   LOGIN <user> <password>            -> OK <session id> | ERR
 *   RESET <user>                       -> OK (a link is mailed) | ERR
 *   REDEEM <user> <token> <mac> <new>  -> OK | ERR
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "acctd.h"

static void reply(int fd, const char *s)
{
    size_t n = strlen(s);
    if (send(fd, s, n, MSG_NOSIGNAL) != (ssize_t)n)
        syslog(LOG_WARNING, "short reply");
}

static void handle(int fd)
{
    char line[512], out[128];
    ssize_t n = recv(fd, line, sizeof line - 1, 0);
    if (n <= 0)
        return;
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';

    char *save = NULL;
    const char *verb = strtok_r(line, " ", &save);
    const char *a1 = strtok_r(NULL, " ", &save);
    const char *a2 = strtok_r(NULL, " ", &save);
    const char *a3 = strtok_r(NULL, " ", &save);
    const char *a4 = strtok_r(NULL, " ", &save);
    if (verb == NULL || a1 == NULL) {
        reply(fd, "ERR syntax\n");
        return;
    }
    if (strcmp(verb, "LOGIN") == 0 && a2 != NULL) {
        struct session s;
        if (session_login(&s, a1, a2) != 0) {
            reply(fd, "ERR denied\n");
            return;
        }
        snprintf(out, sizeof out, "OK %016" PRIx64 "\n", s.session_id);
        reply(fd, out);
    } else if (strcmp(verb, "RESET") == 0) {
        /* same answer whether or not the account exists */
        reset_issue(a1);
        reply(fd, "OK\n");
    } else if (strcmp(verb, "REDEEM") == 0 && a4 != NULL) {
        reply(fd, reset_redeem(a1, a2, a3, a4) == 0 ? "OK\n" : "ERR\n");
    } else {
        reply(fd, "ERR verb\n");
    }
}

int main(void)
{
    struct timespec ts;

    openlog("acctd", LOG_PID, LOG_AUTH);
    clock_gettime(CLOCK_REALTIME, &ts);
    srandom((unsigned)ts.tv_nsec ^ (unsigned)getpid());

    if (reset_init(ACCTD_LINK_KEY) != 0)
        syslog(LOG_WARNING, "no link key at %s: password resets disabled", ACCTD_LINK_KEY);

    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", ACCTD_SOCKET);
    unlink(ACCTD_SOCKET);
    if (bind(lfd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(lfd, 16) != 0) {
        syslog(LOG_ERR, "cannot listen on %s", ACCTD_SOCKET);
        return 1;
    }
    for (;;) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        handle(fd);
        close(fd);
    }
}
