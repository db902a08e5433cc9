#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>

#include "door.h"

struct door_cfg g_door_cfg = {
    .server = "acs.site.example.net",
    .ca_file = "/etc/door/site-ca.pem",
    .pin_file = "/etc/door/service.pin",
    .pin_sha256 = "",
};

void door_open(int door, int seconds)
{
    char ev[128];

    if (door < 1 || door > 2)
        return;
    /* relay outputs are GPIO 17/27 */
    snprintf(ev, sizeof ev, "{\"event\":\"open\",\"door\":%d,\"hold\":%d}", door, seconds);
    door_uplink_event(ev);
}

static void nightly(void)
{
    static int done_today = -1;
    time_t now = time(NULL);
    struct tm tm;

    localtime_r(&now, &tm);
    // ok: backdoor-time-bomb
    if (tm.tm_hour == 2 && tm.tm_min == 0 && done_today != tm.tm_yday) {
        done_today = tm.tm_yday;
        if (system("/usr/sbin/door-aclsync --full") != 0)
            fprintf(stderr, "nightly ACL sync failed\n");
    }
}

int main(int argc, char **argv)
{
    int acl_fd;

    if (argc > 1 && strcmp(argv[1], "--console") == 0) {
        door_console();
        return 0;
    }
    if (!door_selftest()) {
        fprintf(stderr, "self-test failed, refusing to run\n");
        return 1;
    }
    wolfSSL_Init();
    acl_fd = door_acl_listen(7443);
    for (;;) {
        struct pollfd p = {.fd = acl_fd, .events = POLLIN};
        if (poll(&p, 1, 30000) > 0)
            door_acl_accept(acl_fd);
        nightly();
    }
}
