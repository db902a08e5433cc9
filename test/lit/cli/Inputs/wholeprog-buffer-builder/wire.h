#include <stddef.h>
#include <stdint.h>

struct wire {
    unsigned char data[512];
    size_t len;
    int overflow;
};

void wire_init(struct wire *w);
void wire_append(struct wire *w, const void *p, size_t n);
void wire_put_u16(struct wire *w, uint16_t v);
int wire_send(int fd, const struct wire *w);

struct session {
    unsigned char session_key[32];
    unsigned char mac_key[32];
    unsigned char client_id[16];
};

int session_open(struct session *s);
