/* The service port: length-prefixed frames over TCP from the service tool. */
#include <string.h>
#include <sys/socket.h>

#include "pump.h"

int link_read_frame(int fd, uint8_t *buf, size_t cap)
{
    uint8_t len[2];
    size_t want, got = 0;

    if (recv(fd, len, sizeof len, MSG_WAITALL) != (ssize_t)sizeof len)
        return -1;
    want = (size_t)len[0] << 8 | len[1];
    if (want > cap)
        return -1;
    while (got < want) {
        ssize_t r = recv(fd, buf + got, want - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return (int)want;
}

int link_send(int fd, const void *p, size_t n)
{
    uint8_t len[2] = {(uint8_t)(n >> 8), (uint8_t)n};

    if (send(fd, len, sizeof len, 0) != (ssize_t)sizeof len)
        return -1;
    return send(fd, p, n, 0) == (ssize_t)n ? 0 : -1;
}
