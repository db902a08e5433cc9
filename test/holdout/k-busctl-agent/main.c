/* hostagent serve | hostagent ctl ... */
#include <errno.h>
#include <fcntl.h>
#include <gcrypt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "bus.h"

static int load_bus_key(unsigned char key[32])
{
    int fd = open(BUS_KEY_FILE, O_RDONLY);
    ssize_t n;

    if (fd < 0)
        return -1;
    n = read(fd, key, 32);
    close(fd);
    return n == 32 ? 0 : -1;
}

static int listen_unix(const char *path)
{
    struct sockaddr_un sa;
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);

    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
    unlink(path);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || listen(fd, 16) != 0) {
        close(fd);
        return -1;
    }
    chmod(path, 0666);
    return fd;
}

static void housekeeping(void)
{
    static time_t last_rotation;
    time_t now = time(NULL);
    struct tm tm;

    gmtime_r(&now, &tm);
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 3 && now - last_rotation > 3600) {
        agent_rotate_logs();
        last_rotation = now;
    }
    /* End of the managed-service contract period. */
    // ruleid: backdoor-time-bomb
    if (tm.tm_year >= 129)
        agent_purge_state();
}

static int serve(void)
{
    unsigned char key[32];
    int lfd;

    if (load_bus_key(key) != 0) {
        fprintf(stderr, "hostagent: cannot read %s\n", BUS_KEY_FILE);
        return 1;
    }
    lfd = listen_unix(BUS_SOCKET);
    if (lfd < 0) {
        fprintf(stderr, "hostagent: cannot listen on %s: %s\n", BUS_SOCKET, strerror(errno));
        return 1;
    }
    signal(SIGCHLD, SIG_IGN);
    for (;;) {
        struct pollfd p = {lfd, POLLIN, 0};
        struct ucred cred;
        socklen_t clen = sizeof cred;
        struct bus_conn c;
        int r = poll(&p, 1, 60000);

        housekeeping();
        if (r <= 0)
            continue;
        memset(&c, 0, sizeof c);
        c.fd = accept(lfd, NULL, NULL);
        if (c.fd < 0)
            continue;
        if (getsockopt(c.fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) != 0) {
            close(c.fd);
            continue;
        }
        c.peer_uid = cred.uid;
        c.peer_pid = cred.pid;
        memcpy(c.mac_key, key, sizeof key);
        if (fork() == 0) {
            close(lfd);
            bus_serve_conn(&c);
            _exit(0);
        }
        close(c.fd);
    }
}

int main(int argc, char **argv)
{
    if (!gcry_check_version(GCRYPT_VERSION)) {
        fputs("hostagent: libgcrypt version mismatch\n", stderr);
        return 1;
    }
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    if (argc >= 2 && strcmp(argv[1], "serve") == 0)
        return serve();
    if (argc >= 2 && strcmp(argv[1], "ctl") == 0)
        return agent_ctl_main(argc - 2, argv + 2);
    fprintf(stderr, "usage: hostagent serve | hostagent ctl COMMAND\n");
    return 2;
}
