#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <sys/socket.h>

#include "lns.h"

#define PKT_PUSH_DATA 0x00
#define PKT_PULL_DATA 0x02
#define PKT_TX_ACK    0x05

static struct lns_gateway g_gw[64];
static size_t g_ngw;

static struct lns_gateway *gateway_slot(const uint8_t mac[8])
{
    for (size_t i = 0; i < g_ngw; i++)
        if (memcmp(g_gw[i].gw_mac, mac, 8) == 0)
            return &g_gw[i];
    return g_ngw > 0 ? &g_gw[0] : NULL;
}

int lns_udp_serve(int port)
{
    uint8_t buf[2400];
    struct sockaddr_in sa = {0};
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return -1;
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
        close(fd);
        return -1;
    }
    for (;;) {
        struct sockaddr_in from;
        socklen_t flen = sizeof from;
        ssize_t n = recvfrom(fd, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &flen);
        if (n < 12 || buf[0] != 2)
            continue;
        uint8_t ident = buf[3];
        const uint8_t *mac = buf + 4;
        struct lns_gateway *gw = gateway_slot(mac);
        if (gw == NULL)
            continue;
        buf[n] = '\0';
        const char *tok = strstr((const char *)buf + 12, "\"token\":\"");
        char token[65] = "";
        if (tok != NULL)
            strncpy(token, tok + 9, 64);
        char *q = strchr(token, '"');
        if (q != NULL)
            *q = '\0';
        if (!lns_gateway_admit(gw, mac, token))
            continue;
        inet_ntop(AF_INET, &from.sin_addr, gw->peer, sizeof gw->peer);
        uint8_t ack[4] = {2, buf[1], buf[2], ident == PKT_PUSH_DATA ? 0x01 : 0x04};
        (void)sendto(fd, ack, sizeof ack, 0, (struct sockaddr *)&from, flen);
    }
}
