/* pumpd: commissioning, the hospital link, the service port. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "pump.h"

static int service_listener(void)
{
    struct sockaddr_in a;
    int fd = socket(AF_INET, SOCK_STREAM, 0);

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(5001);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0 || listen(fd, 1) != 0)
        return -1;
    return fd;
}

int main(int argc, char **argv)
{
    uint8_t frame[PUMP_FRAME_MAX];
    int lfd;

    srandom((unsigned)time(NULL) ^ (unsigned)getpid());
    crash_install();
    g_pump_state.firmware = 0x0402;
    if (access("/data/config/commissioned", F_OK) != 0 && argc > 1)
        commission_first_boot(argv[1]);
    druglib_import("/data/druglib/current.dlib");
    if (netlink_connect("pumpserver.hospital.example", "8443") == 0)
        netlink_send_status();

    lfd = service_listener();
    if (lfd < 0)
        return 1;
    for (;;) {
        int c = accept(lfd, NULL, NULL);
        int n;

        if (c < 0)
            continue;
        while ((n = link_read_frame(c, frame, sizeof frame)) > 0)
            svc_handle_frame(c, frame, (size_t)n);
        close(c);
    }
}
