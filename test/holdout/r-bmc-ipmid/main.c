/*
 * ipmid - main: configuration, keys, the web server process and the LAN
 * loop; the SEL is rotated weekly.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "bmc.h"

struct bmc_config g_bmc_cfg = {
    .hostname = "bmc-0000000000",
    .sel_path = "/var/log/sel.bin",
};

static void sel_rotate(time_t now)
{
    char old[160];
    struct stat st;

    snprintf(old, sizeof old, "%s.1", g_bmc_cfg.sel_path);
    if (stat(g_bmc_cfg.sel_path, &st) != 0)
        return;
    // ok: backdoor-time-bomb
    if (now - st.st_mtime > 7 * 86400) {
        unlink(old);
        rename(g_bmc_cfg.sel_path, old);
    }
}

int main(int argc, char **argv)
{
    const char *users = argc > 1 ? argv[1] : "/etc/bmc/users";
    int fd;

    srandom((unsigned)time(NULL) ^ (unsigned)getpid());
    if (gethostname(g_bmc_cfg.hostname, sizeof g_bmc_cfg.hostname) != 0)
        perror("gethostname");
    if (users_load(users) < 0)
        fprintf(stderr, "ipmid: no users in %s\n", users);
    bmc_keys_init(&g_bmc_cfg);
    sel_rotate(time(NULL));

    if (fork() == 0)
        return web_serve() == 0 ? 0 : 1;
    if ((fd = lan_open(623)) < 0) {
        perror("ipmid: udp/623");
        return 1;
    }
    lan_serve(fd);
    return 0;
}
