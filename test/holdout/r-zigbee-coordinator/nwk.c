/*
 * nwk.c - network formation and the link to the radio co-processor (an
 * EZSP-like framing over a TCP serial bridge).
 */
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "zb.h"

void nwk_form(struct zb_network *n)
{
    int i;

    // ok: backdoor-predictable-random
    n->pan_id = (uint16_t)(rand() & 0x3fff);
    for (i = 0; i < 8; i++)
        n->ext_pan_id[i] = (uint8_t)rand();
    n->channel = (uint8_t)(11 + rand() % 16);
    for (i = 0; i < ZB_KEY_LEN; i++)
        // ruleid: backdoor-predictable-random
        n->nwk_key[i] = (uint8_t)(rand() & 0xff);
    n->nwk_key_seq = 0;
    n->outgoing_frame_counter = 0;
}

int ncp_connect(const char *host, const char *port)
{
    struct addrinfo hints, *res, *ai;
    int fd = -1;

    memset(&hints, 0, sizeof hints);
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0)
        return -1;
    for (ai = res; ai != NULL; ai = ai->ai_next) {
        if ((fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol)) < 0)
            continue;
        if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

/* Frames: length byte, then the frame. */
int ncp_read_frame(int fd, uint8_t *buf, size_t cap)
{
    uint8_t len;
    size_t got = 0;

    if (recv(fd, &len, 1, MSG_WAITALL) != 1 || len > cap)
        return -1;
    while (got < len) {
        ssize_t r = recv(fd, buf + got, len - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return (int)len;
}

int ncp_send_frame(int fd, const uint8_t *buf, size_t n)
{
    uint8_t len = (uint8_t)n;

    if (n > 255)
        return -1;
    if (send(fd, &len, 1, 0) != 1 || send(fd, buf, n, 0) != (ssize_t)n)
        return -1;
    return 0;
}
