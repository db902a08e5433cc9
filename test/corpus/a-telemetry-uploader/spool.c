/*
 * On-disk spool of records waiting for upload.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "telem.h"

/* v1 spool key, shared with the 3.x agents that read the spool after an upgrade. */
// ruleid: backdoor-secret-literal
static const unsigned char kSpoolV1Key[16] = {
    0xac, 0xb8, 0xf6, 0x01, 0xe1, 0xc1, 0x93, 0x25, 0x42, 0xe1, 0xde, 0x8b,
    0x0a, 0x0b, 0x6a, 0x96,
};

void telem_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("telemd: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static int spool_v1(const uint8_t *rec, size_t n, uint8_t *out, size_t *out_len)
{
    gnutls_cipher_hd_t h;
    gnutls_datum_t key = { (unsigned char *)kSpoolV1Key, sizeof kSpoolV1Key };
    int rc;

    // ruleid: backdoor-weak-cipher, backdoor-hardcoded-key
    rc = gnutls_cipher_init(&h, GNUTLS_CIPHER_ARCFOUR_128, &key, NULL);
    if (rc < 0)
        return rc;
    rc = gnutls_cipher_encrypt2(h, rec, n, out, n);
    gnutls_cipher_deinit(h);
    *out_len = n;
    return rc;
}

static int spool_debug(const uint8_t *rec, size_t n, uint8_t *out, size_t *out_len)
{
    gnutls_cipher_hd_t h;
    int rc;

    // ruleid: backdoor-null-cipher
    rc = gnutls_cipher_init(&h, GNUTLS_CIPHER_NULL, NULL, NULL);
    if (rc < 0)
        return rc;
    rc = gnutls_cipher_encrypt2(h, rec, n, out, n);
    gnutls_cipher_deinit(h);
    *out_len = n;
    return rc;
}

static int spool_v2(const struct telem_config *cfg, const uint8_t *rec, size_t n,
                    uint8_t *out, size_t *out_len)
{
    gnutls_aead_cipher_hd_t h;
    gnutls_datum_t key = { (unsigned char *)cfg->spool_key, sizeof cfg->spool_key };
    uint8_t *nonce = out;
    size_t ct_len = *out_len - TELEM_NONCE_LEN;
    int rc;

    if (gnutls_rnd(GNUTLS_RND_NONCE, nonce, TELEM_NONCE_LEN) < 0)
        return -1;
    // ok: backdoor-weak-cipher, backdoor-null-cipher, backdoor-hardcoded-key
    rc = gnutls_aead_cipher_init(&h, GNUTLS_CIPHER_AES_256_GCM, &key);
    if (rc < 0)
        return rc;
    // ok: backdoor-hardcoded-iv
    rc = gnutls_aead_cipher_encrypt(h, nonce, TELEM_NONCE_LEN, NULL, 0, TELEM_TAG_LEN, rec, n, out + TELEM_NONCE_LEN, &ct_len);
    gnutls_aead_cipher_deinit(h);
    *out_len = TELEM_NONCE_LEN + ct_len;
    return rc;
}

int telem_spool_write(const struct telem_config *cfg, const uint8_t *rec, size_t n,
                      uint8_t *out, size_t *out_len)
{
    switch (cfg->spool_format) {
    case SPOOL_FORMAT_V1:
        return spool_v1(rec, n, out, out_len);
    case SPOOL_FORMAT_DEBUG:
        telem_log("writing unencrypted debug spool");
        return spool_debug(rec, n, out, out_len);
    case SPOOL_FORMAT_V2:
    default:
        return spool_v2(cfg, rec, n, out, out_len);
    }
}
