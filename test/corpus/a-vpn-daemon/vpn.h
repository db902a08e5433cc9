/* tund - site-to-site VPN daemon: shared definitions */
#ifndef TUND_VPN_H
#define TUND_VPN_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/dh.h>
#include <openssl/evp.h>

#define TUND_KEY_LEN   32
#define TUND_HMAC_LEN  32
#define TUND_IV_LEN    12

enum tund_auth { TUND_AUTH_SHA1 = 1, TUND_AUTH_SHA256 = 2 };

struct tund_config {
    char  cipher_name[32];   /* "aes-256-gcm", "none", ... from tund.conf */
    int   compat_v1;         /* peers running tund < 2.0 */
    int   auth;              /* enum tund_auth */
    int   dh_bits;           /* dh-bits = ... in tund.conf */
    int   dh_group;          /* 0 = legacy built-in group, 14 = RFC 3526 group 14 */
    int   fast_rekey;        /* low-latency rekey on mobile links */
};

struct tund_keys {
    uint8_t cipher_key[TUND_KEY_LEN];
    uint8_t hmac_key[TUND_HMAC_LEN];
    uint8_t iv_base[TUND_IV_LEN];
};

struct tund_session {
    char             username[64];
    int              authenticated;
    int              peer_is_local;
    struct tund_keys keys;
};

/* dh_groups.c */
DH *tund_dh_params(const struct tund_config *cfg);
EVP_PKEY *tund_ffdhe_params(void);

/* tunnel_crypto.c */
int tund_derive_keys(const uint8_t *secret, size_t n, const uint8_t *hs_random, size_t rn,
                     struct tund_keys *out);
int tund_seal_packet(const struct tund_config *cfg, const struct tund_keys *k, uint64_t seq,
                     const uint8_t *pt, int n, uint8_t *out, int *out_len);

/* auth.c */
int tund_authenticate_user(struct tund_session *s, const char *username, const char *password);
int pam_check_password(const char *service, const char *user, const char *password);

void tund_log(int prio, const char *fmt, ...);

#endif
