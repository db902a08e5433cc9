#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "hvac.h"

void buf_init(struct buf *b)
{
    b->len = 0;
    b->overflow = 0;
}

void buf_append(struct buf *b, const void *p, size_t n)
{
    if (b->overflow || n > sizeof b->data - b->len) {
        b->overflow = 1;
        return;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void buf_put_u16(struct buf *b, uint16_t v)
{
    unsigned char be[2] = {(unsigned char)(v >> 8), (unsigned char)v};
    buf_append(b, be, sizeof be);
}

void buf_put_u32(struct buf *b, uint32_t v)
{
    unsigned char be[4] = {(unsigned char)(v >> 24), (unsigned char)(v >> 16),
                           (unsigned char)(v >> 8), (unsigned char)v};
    buf_append(b, be, sizeof be);
}

int buf_send(int fd, const struct buf *b)
{
    size_t off = 0;

    if (b->overflow)
        return -1;
    while (off < b->len) {
        ssize_t n = send(fd, b->data + off, b->len - off, MSG_NOSIGNAL);
        if (n <= 0)
            return -1;
        off += (size_t)n;
    }
    return 0;
}
