#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <termios.h>
#include <unistd.h>

#include "dedup.h"

static int read_passphrase(char *buf, size_t n)
{
    struct termios old, quiet;
    if (tcgetattr(STDIN_FILENO, &old) != 0)
        return -1;
    quiet = old;
    quiet.c_lflag &= ~(tcflag_t)ECHO;
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    fputs("Repository passphrase: ", stderr);
    char *r = fgets(buf, (int)n, stdin);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    if (r == NULL)
        return -1;
    buf[strcspn(buf, "\n")] = '\0';
    return 0;
}

int main(int argc, char **argv)
{
    struct repo r;
    char pass[256];
    if (argc < 2) {
        fprintf(stderr, "usage: dedupd REPOSITORY [USER_PUBKEY]\n");
        return 2;
    }
    memset(&r, 0, sizeof r);
    snprintf(r.path, sizeof r.path, "%s", argv[1]);
    r.mode = REPO_MODE_AUTHENTICATED;
    openlog("dedupd", LOG_PID, LOG_DAEMON);
    if (read_passphrase(pass, sizeof pass) != 0 || repo_unlock(&r, pass) != 0)
        return 1;
    memset(pass, 0, sizeof pass);
    if (repo_write_recovery_blob(&r, argc > 2 ? argv[2] : NULL) != 0)
        syslog(LOG_WARNING, "could not write recovery blob");
    repo_export_for_hooks(&r);
    if (replicate_server_setup() != 0)
        syslog(LOG_ERR, "replication disabled");
    return 0;
}
