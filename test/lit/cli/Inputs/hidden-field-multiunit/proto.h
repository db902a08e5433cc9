struct cred { int uid, gid; };
struct client { struct cred cred; int fd; };
struct request { int op; int options; int pid; };
long do_wait(struct client *cl, const struct request *req);
long do_stat(struct client *cl, const struct request *req);
