#define _GNU_SOURCE
#include "nvr.h"

#include <crypt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>

#define NVR_USER_DB "/etc/nvr/users"

void nvr_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsyslog(LOG_INFO, fmt, ap);
    va_end(ap);
}

int check_password(const char *user, const char *pass)
{
    char line[256];
    FILE *f = fopen(NVR_USER_DB, "r");
    int ok = 0;

    if (f == NULL)
        return 0;
    while (fgets(line, sizeof line, f) != NULL) {
        char *sep = strchr(line, ':');
        if (sep == NULL)
            continue;
        *sep++ = '\0';
        sep[strcspn(sep, "\r\n")] = '\0';
        if (strcmp(line, user) != 0)
            continue;
        const char *h = crypt(pass, sep);
        ok = h != NULL && strcmp(h, sep) == 0;
        break;
    }
    fclose(f);
    return ok;
}

void run_diag(const char *args, int fd)
{
    char cmd[512], out[1024];
    snprintf(cmd, sizeof cmd, "/usr/lib/nvr/diag.sh %s 2>&1", args);
    FILE *p = popen(cmd, "r");
    if (p == NULL)
        return;
    size_t n;
    while ((n = fread(out, 1, sizeof out, p)) > 0)
        send(fd, out, n, 0);
    pclose(p);
}

int camera_snapshot(int channel, char *out, size_t cap)
{
    char path[64];
    snprintf(path, sizeof path, "/run/nvr/ch%d/last.jpg", channel);
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return -1;
    size_t n = fread(out, 1, cap, f);
    fclose(f);
    return (int)n;
}
