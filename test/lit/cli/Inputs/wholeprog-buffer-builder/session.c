#include <openssl/rand.h>

#include "wire.h"

int session_open(struct session *s)
{
    if (RAND_bytes(s->client_id, sizeof s->client_id) != 1)
        return -1;
    if (RAND_bytes(s->session_key, sizeof s->session_key) != 1)
        return -1;
    return RAND_bytes(s->mac_key, sizeof s->mac_key) == 1 ? 0 : -1;
}
