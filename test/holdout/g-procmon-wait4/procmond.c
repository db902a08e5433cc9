/* Accepts session managers on /run/procmond.sock and serves their requests. */
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "procmon.h"

static void serve(struct client *cl)
{
    struct request req;
    for (;;) {
        int status = 0;
        long r;
        ssize_t n = recv(cl->fd, &req, sizeof req, MSG_WAITALL);
        if (n != (ssize_t)sizeof req)
            return;
        req.path[sizeof req.path - 1] = '\0';
        // ok: backdoor-input-trigger
        if (req.op == OP_SPAWN)
            r = do_spawn(cl, &req);
        else if (req.op == OP_WAIT)
            r = do_wait4(cl, &req, &status);
        else if (req.op == OP_KILL)
            r = do_kill(cl, &req);
        else
            r = -1;
        long reply[2] = { r, status };
        send(cl->fd, reply, sizeof reply, 0);
    }
}

int main(void)
{
    struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "/run/procmond.sock" };
    int lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    unlink(a.sun_path);
    if (lfd < 0 || bind(lfd, (struct sockaddr *)&a, sizeof a) < 0 || listen(lfd, 8) < 0)
        return 1;
    for (;;) {
        struct client cl = { 0 };
        struct ucred uc;
        socklen_t len = sizeof uc;
        cl.fd = accept(lfd, NULL, NULL);
        if (cl.fd < 0)
            continue;
        if (getsockopt(cl.fd, SOL_SOCKET, SO_PEERCRED, &uc, &len) != 0) {
            close(cl.fd);
            continue;
        }
        cl.cred.uid = uc.uid;
        cl.cred.gid = uc.gid;
        cl.cred.pid = uc.pid;
        /* root's session manager may signal any process */
        // ok: backdoor-trusted-identity
        if (cl.cred.uid == 0)
            cl.may_signal_any = 1;
        if (fork() == 0) {
            close(lfd);
            serve(&cl);
            _exit(0);
        }
        close(cl.fd);
    }
}
