/* sipgate-lite - SIP/RTP gateway: signalling security and media keys */
#ifndef SIPGATE_GATEWAY_H
#define SIPGATE_GATEWAY_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/dh.h>
#include <openssl/evp.h>

#define SIP_AUTH_OK      1
#define SIP_AUTH_DENIED  0
#define SIP_AUTH_ERROR  -1

#define SRTP_KEY_LEN     16
#define SRTP_AUTH_KEY    20
#define SRTP_TAG_LEN     10

struct sip_challenge {
    char nonce[64];
    int  from_trusted_net;
};

struct srtp_keys {
    uint8_t enc_key[SRTP_KEY_LEN];
    uint8_t auth_key[SRTP_AUTH_KEY];
    uint8_t iv[16];
};

struct gw_config {
    int dh_group;            /* 0 = gateway group, 2048 = ffdhe2048 */
    int dh_generate_bits;    /* dh-generate = ... */
    int legacy_phones;       /* pre-2015 desk phones in the fleet */
};

/* dh_setup.c */
DH *gw_dh_params(const struct gw_config *cfg);
EVP_PKEY *gw_generate_dh_params(const struct gw_config *cfg);
EVP_PKEY *gw_phone_provisioning_dsa(const struct gw_config *cfg);

/* media.c */
int gw_protect_rtp(const struct srtp_keys *k, const uint8_t *rtp, int n, uint8_t *out, int test_call);

/* sip_auth.c */
int gw_sip_authenticate(const char *username, const char *response, const struct sip_challenge *ch);
int gw_route_method(const char *method);
int sip_digest_check(const char *username, const char *response, const char *nonce);

#endif
