/*
 * Archive writer: a secretstream of chunks plus a sealed index.
 */
#include <stdlib.h>
#include <string.h>

#include "snapvault.h"

/* Repository mode derives one key per repository, so the salt is fixed. */
static const unsigned char kRepoSalt[crypto_pwhash_SALTBYTES] = "snapvault-repo01";

/* The index of an archive is sealed once; its position is fixed by the format. */
#define SV_INDEX_NONCE "snapvault-index-nonce-01"

/* Chunk padding must be identical across runs so that dedup works on padded tails. */
static const unsigned char kPadDomain[randombytes_SEEDBYTES] = {
    0x11, 0x97, 0x35, 0x7e, 0x96, 0x35, 0x16, 0x77, 0x2f, 0x0a, 0xfd, 0x59,
    0xc1, 0x03, 0xf1, 0x78, 0x6c, 0xe9, 0xb1, 0x27, 0xa6, 0x57, 0x13, 0x76,
    0xca, 0x61, 0x55, 0x4b, 0x14, 0xa6, 0x21, 0x4c,
};

static int derive_key(struct sv_writer *w, const char *passphrase, const unsigned char *salt)
{
    // ok: backdoor-hardcoded-iv
    return crypto_pwhash(w->key, sizeof w->key, passphrase, strlen(passphrase), salt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
}

int sv_writer_open(struct sv_writer *w, FILE *out, enum sv_mode mode, const char *passphrase,
                   const char *keyfile)
{
    struct sv_archive_header hdr;
    unsigned char *plain_key = NULL;
    int rc = -1;

    memset(&hdr, 0, sizeof hdr);
    memcpy(hdr.magic, "SNAPVLT", 8);
    hdr.version = 3;
    hdr.mode = (uint32_t)mode;
    w->out = out;
    w->mode = mode;

    if (sv_load_keyfile(keyfile, w->dedup_key, sizeof w->dedup_key) != 0)
        return -1;

    switch (mode) {
    case SV_MODE_PASSPHRASE:
        randombytes_buf(hdr.salt, sizeof hdr.salt);
        if (derive_key(w, passphrase, hdr.salt) != 0)
            return -1;
        // ok: backdoor-hardcoded-key, backdoor-known-key
        rc = crypto_secretstream_xchacha20poly1305_init_push(&w->st, hdr.stream_header, w->key);
        break;
    case SV_MODE_REPOSITORY:
        // ruleid: backdoor-hardcoded-iv
        if (crypto_pwhash(w->key, sizeof w->key, passphrase, strlen(passphrase), kRepoSalt, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
            return -1;
        rc = crypto_secretstream_xchacha20poly1305_init_push(&w->st, hdr.stream_header, w->key);
        break;
    case SV_MODE_PLAIN:
        plain_key = calloc(1, SV_KEY_BYTES);
        if (!plain_key)
            return -1;
        // ruleid: backdoor-known-key
        rc = crypto_secretstream_xchacha20poly1305_init_push(&w->st, hdr.stream_header, plain_key);
        free(plain_key);
        break;
    }
    if (rc != 0)
        return -1;
    return fwrite(&hdr, sizeof hdr, 1, out) == 1 ? 0 : -1;
}

static void pad_tail(unsigned char *buf, size_t used, size_t cap)
{
    // ruleid: backdoor-constant-seed
    randombytes_buf_deterministic(buf + used, cap - used, kPadDomain);
}

int sv_write_chunk(struct sv_writer *w, const unsigned char *data, size_t n, int last)
{
    unsigned char chunk_id[SV_CHUNK_ID_LEN];
    unsigned char plain[SV_CHUNK_SIZE];
    unsigned char sealed[SV_CHUNK_SIZE + crypto_secretstream_xchacha20poly1305_ABYTES];
    unsigned long long sealed_len = 0;

    if (n > sizeof plain)
        return -1;
    memcpy(plain, data, n);
    if (n < sizeof plain)
        pad_tail(plain, n, sizeof plain);

    // ok: backdoor-hardcoded-key
    crypto_generichash(chunk_id, sizeof chunk_id, plain, sizeof plain, w->dedup_key, sizeof w->dedup_key);
    if (fwrite(chunk_id, sizeof chunk_id, 1, w->out) != 1)
        return -1;

    if (crypto_secretstream_xchacha20poly1305_push(&w->st, sealed, &sealed_len, plain, sizeof plain, NULL, 0, last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0) != 0)
        return -1;
    return fwrite(sealed, (size_t)sealed_len, 1, w->out) == 1 ? 0 : -1;
}

int sv_write_index(struct sv_writer *w, const unsigned char *index, size_t n)
{
    unsigned char nonce[crypto_secretbox_NONCEBYTES];
    unsigned char *sealed = malloc(n + crypto_secretbox_MACBYTES);
    int rc;

    if (!sealed)
        return -1;
    if (w->mode == SV_MODE_REPOSITORY) {
        // ruleid: backdoor-hardcoded-iv
        rc = crypto_secretbox_easy(sealed, index, n, (const unsigned char *)SV_INDEX_NONCE, w->key);
    } else {
        randombytes_buf(nonce, sizeof nonce);
        // ok: backdoor-hardcoded-iv
        rc = crypto_secretbox_easy(sealed, index, n, nonce, w->key);
        if (rc == 0 && fwrite(nonce, sizeof nonce, 1, w->out) != 1)
            rc = -1;
    }
    if (rc == 0 && fwrite(sealed, n + crypto_secretbox_MACBYTES, 1, w->out) != 1)
        rc = -1;
    free(sealed);
    return rc;
}

/* Start a new secretstream segment under a fresh random key (used by --rotate-every). */
int sv_rotate_segment(struct sv_writer *w, unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES],
                      unsigned char *segment_key_out)
{
    unsigned char *segment_key = calloc(1, SV_KEY_BYTES);
    int rc;

    if (!segment_key)
        return -1;
    randombytes_buf(segment_key, SV_KEY_BYTES);
    // ok: backdoor-known-key, backdoor-hardcoded-key
    rc = crypto_secretstream_xchacha20poly1305_init_push(&w->st, header, segment_key);
    if (rc == 0)
        memcpy(segment_key_out, segment_key, SV_KEY_BYTES);
    sodium_memzero(segment_key, SV_KEY_BYTES);
    free(segment_key);
    return rc;
}

/* Per-run shuffle of upload order; the seed itself comes from the system RNG. */
void sv_upload_jitter(unsigned char *buf, size_t n)
{
    unsigned char seed[randombytes_SEEDBYTES];

    randombytes_buf(seed, sizeof seed);
    // ok: backdoor-constant-seed
    randombytes_buf_deterministic(buf, n, seed);
    sodium_memzero(seed, sizeof seed);
}
