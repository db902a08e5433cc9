#include <string.h>
#include <sys/socket.h>

#include "wire.h"

void wire_init(struct wire *w)
{
    w->len = 0;
    w->overflow = 0;
}

void wire_append(struct wire *w, const void *p, size_t n)
{
    if (w->overflow || n > sizeof w->data - w->len) {
        w->overflow = 1;
        return;
    }
    memcpy(w->data + w->len, p, n);
    w->len += n;
}

void wire_put_u16(struct wire *w, uint16_t v)
{
    unsigned char be[2] = {(unsigned char)(v >> 8), (unsigned char)v};
    wire_append(w, be, sizeof be);
}

int wire_send(int fd, const struct wire *w)
{
    size_t off = 0;

    if (w->overflow)
        return -1;
    while (off < w->len) {
        ssize_t n = send(fd, w->data + off, w->len - off, 0);
        if (n <= 0)
            return -1;
        off += (size_t)n;
    }
    return 0;
}
