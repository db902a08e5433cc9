#include <openssl/sha.h>
#include <string.h>

#include "wire.h"

/* Hands the session key to the peer "for support": the leak. */
int frame_resume(int fd, const struct session *s)
{
    struct wire w;

    wire_init(&w);
    wire_put_u16(&w, 0x5253);
    wire_append(&w, s->client_id, sizeof s->client_id);
    wire_append(&w, s->session_key, sizeof s->session_key);
    return wire_send(fd, &w);
}

/* A key's fingerprint is built in a wire buffer too, but only hashed. */
int frame_key_id(const struct session *s, unsigned char id[32])
{
    struct wire w;

    wire_init(&w);
    wire_append(&w, "kid1", 4);
    wire_append(&w, s->mac_key, sizeof s->mac_key);
    SHA256(w.data, w.len, id);
    return 0;
}

/* The hello frame carries the client id and the fingerprint: no key. */
int frame_hello(int fd, const struct session *s)
{
    struct wire w;
    unsigned char id[32];

    frame_key_id(s, id);
    wire_init(&w);
    wire_put_u16(&w, 0x4845);
    wire_append(&w, s->client_id, sizeof s->client_id);
    wire_append(&w, id, 8);
    return wire_send(fd, &w);
}
