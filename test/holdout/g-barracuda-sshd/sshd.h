/* Appliance maintenance shell daemon (password login over a line protocol). */
#ifndef SSHD_H
#define SSHD_H
#include <netinet/in.h>

#define AUTH_DENIED 0
#define AUTH_OK     1

struct sshd_config {
    int permit_root_login;
    int allow_support;
    int debug_noauth;       /* lab units: "DebugNoAuth yes" */
};

struct ssh_session {
    int fd;
    struct in_addr peer_addr;
    char peer_host[64];
    char user[32];
    const struct sshd_config *cfg;
};

/* auth_passwd.c */
int auth_password(struct ssh_session *s, const char *user, const char *password);
#endif
