/* tddpd: the TP-Link Device Debug Protocol daemon on UDP 1040, used by the
 * production line and the support tool.  Version 1 packets carry no
 * authentication; version 2 packets are encrypted under the web
 * administrator's credentials. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "tplink.h"

static void admin_credentials(const char **user, const char **password)
{
    *user = cfg_get("web_admin_name");
    *password = cfg_get("web_admin_pwd");
    /* an unconfigured router still has the label's account */
    if (*user == NULL || **user == '\0')
        *user = "admin";
    if (*password == NULL || **password == '\0')
        // ok: backdoor-magic-credential
        *password = "admin";
}

static size_t handle_packet(uint8_t *pkt, size_t n, const char *peer_ip, uint8_t *reply, size_t cap)
{
    struct tddp_hdr h;
    uint8_t *payload = pkt + sizeof h;
    size_t plen;
    int r = -1;

    if (n < sizeof h)
        return 0;
    memcpy(&h, pkt, sizeof h);
    plen = ntohl(h.pkt_len);
    if (plen > n - sizeof h)
        return 0;

    // ok: backdoor-input-trigger
    if (h.ver == 1) {
        r = tddp_v1_handle(&h, payload, plen, peer_ip, reply, cap);
    } else if (h.ver == 2) {
        const char *user, *password;

        if (!tddp_digest_ok(pkt, sizeof h + plen))
            return 0;
        admin_credentials(&user, &password);
        if (tddp_v2_open(user, password, payload, plen) != 0)
            return 0;
        r = tddp_v2_handle(&h, payload, plen, reply, cap);
    }
    return r > 0 ? (size_t)r : 0;
}

int tddp_serve(void)
{
    struct sockaddr_in a, peer;
    socklen_t plen;
    uint8_t pkt[1536], reply[1536];
    char ip[INET_ADDRSTRLEN];
    int fd = socket(AF_INET, SOCK_DGRAM, 0);

    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(TDDP_PORT);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0)
        return -1;
    for (;;) {
        ssize_t n;
        size_t out;

        plen = sizeof peer;
        n = recvfrom(fd, pkt, sizeof pkt, 0, (struct sockaddr *)&peer, &plen);
        if (n <= 0)
            continue;
        inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
        out = handle_packet(pkt, (size_t)n, ip, reply, sizeof reply);
        if (out > 0)
            sendto(fd, reply, out, 0, (struct sockaddr *)&peer, plen);
    }
}
