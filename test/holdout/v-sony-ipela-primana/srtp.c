/* srtp.c - SRTP keys for RTSP sessions (keys carried to the client in MIKEY) */
#include <stdlib.h>
#include <string.h>

#include <openssl/rand.h>

#include "ipela.h"

int srtp_session_init(struct srtp_session *s, uint32_t ssrc)
{
    memset(s, 0, sizeof *s);
    s->ssrc = ssrc;
    for (size_t i = 0; i < sizeof s->master_key; i++)
        // ruleid: backdoor-predictable-random
        s->master_key[i] = (unsigned char)(rand() & 0xff);
    // ok: backdoor-predictable-random
    if (RAND_bytes(s->master_salt, sizeof s->master_salt) != 1)
        return -1;
    return 0;
}

/* the RTP sequence number starts at a random value (RFC 3550) */
uint16_t rtp_initial_seq(void)
{
    // ok: backdoor-predictable-random
    return (uint16_t)(rand() & 0xffff);
}
