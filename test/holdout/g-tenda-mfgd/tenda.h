/* Tenda W302R-style router httpd: shared declarations. */
#ifndef TENDA_H
#define TENDA_H
#include <netinet/in.h>
#include <stddef.h>

#define MFG_PORT 7329
#define MFG_PKT_MAX 1024

struct webs {
    int fd;
    char path[128];
    char query[256];
    char cookie[128];
    int logged_in;
};

/* mfg_exec.c */
int mfg_exec_reply(int sock, const struct sockaddr_in *to, const char *cmd);
int mfg_send(int sock, const struct sockaddr_in *to, const char *msg, size_t len);

/* goform.c */
int goform_dispatch(struct webs *wp);
void websWrite(struct webs *wp, const char *fmt, ...);
#endif
