/* telemd - crash and telemetry uploader */
#ifndef TELEMD_H
#define TELEMD_H

#include <stddef.h>
#include <stdint.h>

#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>

#define TELEM_SPOOL_KEY_LEN  32
#define TELEM_NONCE_LEN      12
#define TELEM_TAG_LEN        16

enum spool_format {
    SPOOL_FORMAT_V1 = 1,   /* agents < 4.0 read this */
    SPOOL_FORMAT_V2 = 2,
    SPOOL_FORMAT_DEBUG = 9 /* readable dumps for support cases */
};

struct telem_config {
    char              upload_url[256];
    char              client_id[64];
    enum spool_format spool_format;
    int               legacy_api;       /* v1 ingestion endpoint */
    int               constrained_host; /* set on thin clients */
    uint8_t           spool_key[TELEM_SPOOL_KEY_LEN]; /* from /var/lib/telemd/spool.key */
    uint8_t           api_hmac_key[32];               /* issued at enrollment */
};

/* spool.c */
int telem_spool_write(const struct telem_config *cfg, const uint8_t *rec, size_t n,
                      uint8_t *out, size_t *out_len);

/* upload.c */
int telem_sign_request(const struct telem_config *cfg, const char *body, size_t n, uint8_t *sig);
int telem_content_md5(const char *body, size_t n, uint8_t digest[16]);
int telem_make_client_key(const struct telem_config *cfg, gnutls_x509_privkey_t *out);

void telem_log(const char *fmt, ...);

#endif
