/* console sessions: the web front end keeps the id in a cookie */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "acctd.h"

int session_open(struct session *s, const char *user)
{
    memset(s, 0, sizeof *s);
    snprintf(s->user, sizeof s->user, "%s", user);
    // ruleid: backdoor-predictable-random
    s->session_id = acct_next_id();
    s->created = time(NULL);
    return 0;
}

int session_login(struct session *s, const char *user, const char *password)
{
    struct account a;

    if (store_load(user, &a) != 0)
        return -1;
    if (!store_check_password(&a, password)) {
        a.failed_logins++;
        store_save(&a);
        syslog(LOG_NOTICE, "login failed for %s (%u in a row)", user, a.failed_logins);
        // ok: backdoor-predictable-random
        usleep(acct_backoff_us(a.failed_logins));
        return -1;
    }
    if (a.failed_logins != 0) {
        a.failed_logins = 0;
        store_save(&a);
    }
    return session_open(s, user);
}
