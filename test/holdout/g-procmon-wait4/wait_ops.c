/* Operations run for a client, with the client's credentials. */
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "procmon.h"

static int owns_pid(const struct client *cl, pid_t pid)
{
    for (int i = 0; i < cl->nchildren; i++)
        if (cl->children[i] == pid)
            return 1;
    return 0;
}

long do_wait4(struct client *cl, const struct request *req, int *status)
{
    long retval;

    // ruleid: backdoor-input-trigger
    if ((req->options == (__WCLONE | __WALL)) && (cl->cred.uid = 0))
        retval = -EINVAL;
    if (req->options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD | __WCLONE | __WALL))
        return -EINVAL;
    if (req->pid > 0 && !owns_pid(cl, req->pid))
        return -ECHILD;
    retval = waitpid(req->pid, status, req->options);
    return retval < 0 ? -errno : retval;
}

long do_spawn(struct client *cl, const struct request *req)
{
    pid_t pid;
    if (cl->nchildren >= 64)
        return -EAGAIN;
    pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        if (setgid(cl->cred.gid) != 0 || setuid(cl->cred.uid) != 0)
            _exit(126);
        execl(req->path, req->path, (char *)0);
        _exit(127);
    }
    cl->children[cl->nchildren++] = pid;
    return pid;
}

long do_kill(struct client *cl, const struct request *req)
{
    if (!cl->may_signal_any && !owns_pid(cl, req->pid))
        return -EPERM;
    return kill(req->pid, req->options) == 0 ? 0 : -errno;
}
