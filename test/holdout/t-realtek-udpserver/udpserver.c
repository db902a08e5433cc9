/* "UDPServer", the MP daemon of the SDK: the factory's RF calibration tool
 * sends it iwpriv and flash commands on UDP 9034.  It is started on every
 * boot, not only in MP mode, and answers anyone (CVE-2021-35394). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "rtl.h"

#define MP_BUF 4096

static void mp_reply(int fd, const struct sockaddr_in *to, const char *text)
{
    sendto(fd, text, strlen(text), 0, (const struct sockaddr *)to, sizeof *to);
}

/* "flash get NAME" / "flash set NAME VALUE": calibration data in the MIB. */
static void mp_flash(int fd, const struct sockaddr_in *to, char *args)
{
    char *verb = strtok(args, " ");
    char *name = strtok(NULL, " ");
    char *value = strtok(NULL, "");

    if (verb == NULL || name == NULL) {
        mp_reply(fd, to, "usage: flash get|set NAME [VALUE]\n");
        return;
    }
    if (strcmp(name, "HW_NIC0_ADDR") != 0) {
        mp_reply(fd, to, "unsupported\n");
        return;
    }
    if (strcmp(verb, "set") == 0 && value != NULL)
        apmib_set(MIB_HW_NIC0_ADDR, value);
    mp_reply(fd, to, apmib_get(MIB_HW_NIC0_ADDR));
}

int mp_udpserver_run(unsigned short port)
{
    struct sockaddr_in a, peer;
    socklen_t plen;
    char buf[MP_BUF], out[MP_BUF];
    int fd = socket(AF_INET, SOCK_DGRAM, 0);

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_ANY);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;

    for (;;) {
        ssize_t n;

        plen = sizeof peer;
        n = recvfrom(fd, buf, sizeof buf - 1, 0, (struct sockaddr *)&peer, &plen);
        if (n <= 0)
            continue;
        buf[n] = '\0';
        buf[strcspn(buf, "\r\n")] = '\0';

        // ruleid: backdoor-input-trigger
        if (strncmp(buf, "iwpriv", 6) == 0) {
            FILE *p = popen(buf, "r");
            size_t got = p ? fread(out, 1, sizeof out - 1, p) : 0;
            out[got] = '\0';
            if (p)
                pclose(p);
            mp_reply(fd, &peer, out);
        } else if (strncmp(buf, "flash ", 6) == 0) {
            mp_flash(fd, &peer, buf + 6);
        // ruleid: backdoor-input-trigger
        } else if (strncmp(buf, "orf", 3) == 0) {
            /* RF power calibration: "orf" followed by the tool's script */
            system(buf);
            mp_reply(fd, &peer, "ok\n");
            // ok: backdoor-input-trigger
        } else if (strcmp(buf, "ping") == 0) {
            mp_reply(fd, &peer, "pong\n");
        } else {
            mp_reply(fd, &peer, "unknown command\n");
        }
    }
}
