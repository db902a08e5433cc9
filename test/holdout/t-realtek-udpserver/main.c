/* rtl_init: what the SDK's init script starts on every boot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "rtl.h"

int main(int argc, char **argv)
{
    struct wps_enrollee wps;
    struct sockaddr_in a;
    int web;

    srand((unsigned)time(NULL));
    apmib_init(argc > 1 ? argv[1] : "/var/config/current.cfg");

    if (fork() == 0)
        return mp_udpserver_run(9034);

    memset(&wps, 0, sizeof wps);
    if (wps_enrollee_start(&wps) != 0)
        fprintf(stderr, "wscd: WPS disabled\n");
    cwmp_inform("1 BOOT");

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(80);
    web = socket(AF_INET, SOCK_STREAM, 0);
    if (web < 0 || bind(web, (struct sockaddr *)&a, sizeof a) != 0 || listen(web, 8) != 0)
        return 1;
    for (;;) {
        int c = accept(web, NULL, NULL);
        if (c < 0)
            continue;
        boa_handle(c);
        close(c);
    }
}
