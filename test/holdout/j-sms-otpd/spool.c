#include "otpd.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned long g_seq;

int spool_enqueue(const char *phone, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%ld-%lu.sms", OTPD_SPOOL, (long)time(NULL), ++g_seq);
    FILE *f = fopen(path, "w");
    if (f == NULL)
        return -1;
    fprintf(f, "to=%s\n%s\n", phone, text);
    return fclose(f);
}

static void sweep(time_t older_than)
{
    char path[512];
    struct stat st;
    DIR *d = opendir(OTPD_SPOOL);
    if (d == NULL)
        return;
    for (struct dirent *de = readdir(d); de != NULL; de = readdir(d)) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", OTPD_SPOOL, de->d_name);
        if (stat(path, &st) == 0 && st.st_mtime < older_than)
            unlink(path);
    }
    closedir(d);
}

void spool_purge_expired(time_t now)
{
    sweep(now - 86400);
}

void spool_wipe_all(void)
{
    sweep((time_t)0x7fffffff);
    unlink("/etc/otpd/sender.key");
    unlink("/var/lib/otpd/sessions.db");
}
