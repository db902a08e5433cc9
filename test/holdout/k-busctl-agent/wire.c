/* Frame I/O: header, member name, body; HMAC-SHA256 (truncated) per frame. */
#include <arpa/inet.h>
#include <errno.h>
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "bus.h"

static int recv_full(int fd, void *buf, size_t n)
{
    char *p = buf;
    while (n > 0) {
        ssize_t r = recv(fd, p, n, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return -1;
        p += r;
        n -= (size_t)r;
    }
    return 0;
}

static int frame_mac(const struct bus_conn *c, const struct bus_hdr *h, const char *member,
                     const char *body, size_t body_len, unsigned char out[32])
{
    gcry_mac_hd_t mh;
    size_t len = 32;
    struct bus_hdr copy = *h;

    memset(copy.tag, 0, sizeof copy.tag);
    if (gcry_mac_open(&mh, GCRY_MAC_HMAC_SHA256, 0, NULL) != 0)
        return -1;
    // ok: backdoor-hardcoded-key
    if (gcry_mac_setkey(mh, c->mac_key, sizeof c->mac_key) != 0 ||
        gcry_mac_write(mh, &copy, sizeof copy) != 0 ||
        gcry_mac_write(mh, member, ntohs(h->member_len)) != 0 ||
        gcry_mac_write(mh, body, body_len) != 0 || gcry_mac_read(mh, out, &len) != 0) {
        gcry_mac_close(mh);
        return -1;
    }
    gcry_mac_close(mh);
    return 0;
}

int bus_read_msg(struct bus_conn *c, struct bus_msg *m)
{
    struct bus_hdr h;
    unsigned char mac[32];
    size_t mlen, blen;

    if (recv_full(c->fd, &h, sizeof h) != 0)
        return -1;
    // ok: backdoor-timing-unsafe-compare
    if (memcmp(h.magic, BUS_MAGIC, 4) != 0)
        return -1;
    mlen = ntohs(h.member_len);
    blen = ntohl(h.body_len);
    if (mlen == 0 || mlen >= sizeof m->member || blen > BUS_MAX_BODY)
        return -1;
    memset(m, 0, sizeof *m);
    if (recv_full(c->fd, m->member, mlen) != 0 || recv_full(c->fd, m->body, blen) != 0)
        return -1;
    m->serial = ntohl(h.serial);
    m->body_len = blen;
    if (frame_mac(c, &h, m->member, m->body, blen, mac) != 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(h.tag, mac, BUS_TAG_LEN) != 0) {
        fprintf(stderr, "hostagent: bad frame tag from pid %d\n", (int)c->peer_pid);
        return -1;
    }
    return 0;
}

int bus_reply(struct bus_conn *c, const struct bus_msg *m, const char *status, const char *text)
{
    char buf[BUS_MAX_BODY + 128];
    int n = snprintf(buf, sizeof buf, "%u %s %s\n", (unsigned)m->serial, status, text ? text : "");
    if (n < 0)
        return -1;
    if ((size_t)n >= sizeof buf)
        n = (int)sizeof buf - 1;
    return send(c->fd, buf, (size_t)n, MSG_NOSIGNAL) == n ? 0 : -1;
}

void bus_serve_conn(struct bus_conn *c)
{
    struct bus_msg m;
    while (bus_read_msg(c, &m) == 0) {
        if (bus_dispatch(c, &m) != 0)
            break;
    }
}
