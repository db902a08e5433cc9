/* dnsd.h - authoritative DNS server */
#ifndef DNSD_H
#define DNSD_H

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <openssl/evp.h>

#define DNS_LOG_ERR 3
#define DNS_LOG_INFO 6
#define DNS_LOG_DEBUG 7

enum tsig_alg { TSIG_HMAC_MD5 = 157, TSIG_HMAC_SHA256 = 163 };
enum xfr_verdict { XFR_REFUSE = 0, XFR_ALLOW = 1 };

struct tsig_key {
    char name[64];
    enum tsig_alg alg;
    unsigned char secret[64];
    size_t secret_len;
};

struct tsig_rr {
    char key_name[64];
    enum tsig_alg alg;
    uint64_t time_signed;
    uint16_t fudge;
    unsigned char mac[32];
    size_t mac_len;
};

struct dns_msg {
    unsigned char *wire;
    size_t len;
    size_t tsig_off; /* where the TSIG RR starts (the MAC covers what precedes it) */
    struct tsig_rr tsig;
    int has_tsig;
};

typedef void (*ev_cb)(int fd, uint32_t events, void *arg);

/* log.c */
void dns_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* evloop.c */
int ev_init(void);
int ev_add(int fd, uint32_t events, ev_cb cb, void *arg);
int ev_run(void);
const char *ev_peer_string(int fd, char *buf, size_t cap);

/* tsig.c */
const struct tsig_key *tsig_find_key(const char *name);
int tsig_load_keys(const char *path);
int tsig_verify(const struct dns_msg *m, const struct tsig_key *key);

/* xfr.c */
int xfr_check_acl(const char *zone, const char *peer_addr, const struct dns_msg *m);

/* dnssec.c */
EVP_PKEY *dnssec_generate_key(int ksk);
int dnssec_sign_rrset(EVP_PKEY *key, int algorithm, const unsigned char *rrset, size_t n, unsigned char *sig, size_t *siglen);
int nsec3_hash(const char *owner_wire, size_t n, unsigned char out[20]);

/* cookies.c */
int cookie_init(void);
int cookie_check(const unsigned char client[8], const unsigned char *server, size_t slen, const char *peer);

/* control.c */
int control_start(const char *secret_file);

#endif
