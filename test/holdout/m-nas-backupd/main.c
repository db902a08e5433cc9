/* nasb-agent */
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "nasb.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "-f") == 0)
            nasb_foreground = 1;

    openlog("nasb-agent", LOG_PID, LOG_DAEMON);
    if (!gcry_check_version(GCRYPT_VERSION)) {
        nasb_log(LOG_ERR, "libgcrypt version mismatch");
        return 1;
    }
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);

    int lfd = ctl_listen();
    if (lfd < 0) {
        nasb_log(LOG_ERR, "cannot listen on %d", NASB_CTL_PORT);
        return 1;
    }
    time_t next_tick = 0;
    for (;;) {
        struct pollfd p = {.fd = lfd, .events = POLLIN};
        if (poll(&p, 1, 1000) > 0 && (p.revents & POLLIN))
            ctl_serve(lfd);
        time_t now = time(NULL);
        if (now >= next_tick) {
            sched_tick();
            next_tick = now + 60;
        }
    }
}
