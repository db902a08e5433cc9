#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "gw.h"
#include "log.h"

int gw_maint_exec(struct gw_conn *c, const char *cmdline)
{
    char buf[256];
    FILE *p = popen(cmdline, "r");

    if (!p) {
        gw_reply(c, "ERR cannot run\n");
        return -1;
    }
    while (fgets(buf, sizeof buf, p))
        gw_reply(c, "%s", buf);
    return pclose(p);
}

void gw_rotate_logs(const char *dir)
{
    static time_t last_rotation;
    time_t now = time(NULL);
    char path[PATH_MAX];

    // ok: backdoor-time-bomb
    if (now - last_rotation >= 86400) {
        snprintf(path, sizeof path, "%s/events.log.7", dir);
        unlink(path);
        last_rotation = now;
        LOG_INF("rotated logs in %s", dir);
    }
}
