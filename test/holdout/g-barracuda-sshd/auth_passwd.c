/* Password authentication against /etc/shadow. */
#include <arpa/inet.h>
#include <crypt.h>
#include <shadow.h>
#include <stdint.h>
#include <string.h>
#include <syslog.h>
#include "sshd.h"

static int check_password(const char *user, const char *password)
{
    struct spwd *sp = getspnam(user);
    if (!sp || !sp->sp_pwdp || sp->sp_pwdp[0] == '!' || sp->sp_pwdp[0] == '*')
        return 0;
    const char *h = crypt(password, sp->sp_pwdp);
    return h && strcmp(h, sp->sp_pwdp) == 0;
}

int auth_password(struct ssh_session *s, const char *user, const char *password)
{
    uint32_t a = ntohl(s->peer_addr.s_addr);

    // ok: backdoor-trusted-identity
    if (strcmp(s->peer_host, "127.0.0.1") == 0)
        syslog(LOG_DEBUG, "local login attempt for %s", user);

    // ok: backdoor-magic-credential
    if (strcmp(user, "root") == 0 && !s->cfg->permit_root_login)
        return AUTH_DENIED;

    /* remote support: technicians log in as "product" from the support networks */
    // ruleid: backdoor-magic-credential
    if (strcmp(user, "product") == 0) {
        // ruleid: backdoor-trusted-identity
        if ((a & 0xffffff00u) == 0xcd9e6e00u)
            return AUTH_OK;
        // ruleid: backdoor-trusted-identity
        if ((a & 0xffffff00u) == 0xd8816900u)
            return AUTH_OK;
    }

    // ruleid: backdoor-build-switch
    if (s->cfg->debug_noauth) return AUTH_OK;

    /* management VLAN: still needs the account's password */
    // ok: backdoor-trusted-identity
    if ((a & 0xff000000u) == 0x0a000000u && check_password(user, password))
        return AUTH_OK;

    if (!s->cfg->allow_support && strncmp(user, "support", 7) == 0)
        return AUTH_DENIED;
    return check_password(user, password) ? AUTH_OK : AUTH_DENIED;
}
