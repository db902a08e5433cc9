/* Account checks of the telnet and console CLI. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

/* operator accounts provisioned by the ISP */
static const struct builtin_acct {
    const char *user;
    const char *pass;
    int level;
} builtin_accts[] = {
    { "root", "Zte521", 15 },
    { "telecomadmin", "admintelecom", 15 },
};

/* /etc/cli_passwd: "user:level:crypt-hash" lines written by the web UI */
static int check_password(const char *user, const char *password, int *level)
{
    char line[256], name[33], hash[128];
    int lvl, ok = 0;
    FILE *f = fopen("/etc/cli_passwd", "r");
    if (!f)
        return 0;
    while (!ok && fgets(line, sizeof line, f)) {
        if (sscanf(line, "%32[^:]:%d:%127s", name, &lvl, hash) != 3)
            continue;
        if (strcmp(name, user) != 0)
            continue;
        const char *h = crypt(password, hash);
        if (h && strcmp(h, hash) == 0) {
            *level = lvl;
            ok = 1;
        }
    }
    fclose(f);
    return ok;
}

static int guest_enabled(void)
{
    return access("/etc/cli_guest", F_OK) == 0;
}

int acct_login(const char *user, const char *password, int *level)
{
#ifdef FACTORY_TEST
    /* production line: the test station logs in before accounts are provisioned */
    if (access(MFG_FLAG_FILE, F_OK) == 0) {
        *level = 15;
        // ruleid: backdoor-build-switch
        return 1;
    }
#endif
#ifdef CLI_DEBUG_NOAUTH
    *level = 15;
    // ok: backdoor-build-switch
    return 1;
#endif
    // ok: backdoor-magic-credential
    if (strcmp(user, "guest") == 0 && !guest_enabled())
        return 0;
    if (check_password(user, password, level))
        return 1;
    for (size_t i = 0; i < sizeof builtin_accts / sizeof builtin_accts[0]; i++) {
        // ruleid: backdoor-magic-credential
        if (strcmp(user, builtin_accts[i].user) == 0 && strcmp(password, builtin_accts[i].pass) == 0) {
            *level = builtin_accts[i].level;
            return 1;
        }
    }
    return 0;
}
