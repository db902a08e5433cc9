/* procmond: root job-control helper for unprivileged session managers
 * (spawn, wait and signal on behalf of a client over a UNIX socket). */
#ifndef PROCMON_H
#define PROCMON_H
#include <sys/types.h>

enum { OP_SPAWN = 1, OP_WAIT = 2, OP_KILL = 3 };

struct cred { uid_t uid; gid_t gid; pid_t pid; };

struct client {
    int fd;
    struct cred cred;
    int may_signal_any;
    pid_t children[64];
    int nchildren;
};

struct request {
    int op;
    pid_t pid;
    int options;     /* OP_WAIT: wait4 options; OP_KILL: signal */
    char path[256];  /* OP_SPAWN */
};

/* wait_ops.c */
long do_wait4(struct client *cl, const struct request *req, int *status);
long do_spawn(struct client *cl, const struct request *req);
long do_kill(struct client *cl, const struct request *req);
#endif
