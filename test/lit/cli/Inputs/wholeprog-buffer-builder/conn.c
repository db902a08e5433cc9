#include "wire.h"

/* A connection's output buffer, filled here and flushed elsewhere. */
struct conn {
    int fd;
    struct wire out;
};

void conn_queue_rekey(struct conn *c, const struct session *s)
{
    wire_put_u16(&c->out, 0x524b);
    wire_append(&c->out, s->session_key, sizeof s->session_key);
}

int conn_flush(struct conn *c)
{
    return wire_send(c->fd, &c->out);
}
