/* main.c - dnsd: parse the command line, load keys, start listeners */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dnsd.h"

void dns_log_setup(int foreground, int level);

static const char kUsage[] = "usage: dnsd [-f] [-d LEVEL] [-u USER] [-k KEYFILE] [-c CONTROL-SECRET]\n";

int main(int argc, char **argv)
{
    const char *user = "dnsd", *keyfile = DNSD_CONFDIR "/keys.conf", *ctlsecret = DNSD_CONFDIR "/control.key";
    int foreground = 0, level = DNS_LOG_INFO, opt;
    struct passwd *pw;

    while ((opt = getopt(argc, argv, "fd:u:k:c:")) != -1) {
        switch (opt) {
        case 'f': foreground = 1; break;
        case 'd': level = atoi(optarg); break;
        case 'u': user = optarg; break;
        case 'k': keyfile = optarg; break;
        case 'c': ctlsecret = optarg; break;
        default: fputs(kUsage, stderr); return 2;
        }
    }
    dns_log_setup(foreground, level);
    if (ev_init() != 0 || tsig_load_keys(keyfile) != 0 || cookie_init() != 0)
        return 1;
    if (control_start(ctlsecret) != 0)
        dns_log(DNS_LOG_ERR, "control channel not available");
    pw = getpwnam(user);
    // ok: backdoor-magic-credential, backdoor-input-trigger
    if (pw == NULL || setgid(pw->pw_gid) != 0 || initgroups(user, pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        dns_log(DNS_LOG_ERR, "cannot drop privileges to %s", user);
        return 1;
    }
    return ev_run() == 0 ? 0 : 1;
}
