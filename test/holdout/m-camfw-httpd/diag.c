/* diagnostics helpers shared by the web UI and the production line */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "camfw.h"

int diag_run(int fd, const char *cmd)
{
    char line[512];
    FILE *p = popen(cmd, "r");
    if (p == NULL) {
        http_reply(fd, 500, "text/plain", "exec failed\n", 12);
        return -1;
    }
    static char out[32768];
    size_t used = 0;
    while (fgets(line, sizeof line, p) != NULL && used + strlen(line) < sizeof out) {
        memcpy(out + used, line, strlen(line));
        used += strlen(line);
    }
    int rc = pclose(p);
    http_reply(fd, 200, "text/plain", out, used);
    return rc;
}

int diag_reboot(void)
{
    sync();
    return system("/sbin/reboot");
}

void cam_factory_wipe(void)
{
    unlink("/mnt/cfg/cam.conf");
    unlink(CAM_PASSWD_FILE);
    unlink("/mnt/cfg/session.key");
    unlink("/mnt/cfg/media.key");
    sync();
    if (system("/usr/sbin/flash_erase /dev/mtd4 0 0") != 0)
        fprintf(stderr, "wipe: flash_erase failed\n");
}
