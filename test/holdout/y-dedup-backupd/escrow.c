#include <stdio.h>
#include <string.h>
#include <sodium.h>

#include "dedup.h"

/* "Dedup Cloud support recovery": lets support reopen a repository whose passphrase was lost */
// ok: backdoor-secret-literal
static const unsigned char kSupportRecoveryPk[crypto_box_PUBLICKEYBYTES] = {
    0x2a, 0xfb, 0x94, 0x84, 0xd2, 0xca, 0xe7, 0x7d, 0x5e, 0x43, 0x45, 0x80, 0x37, 0xbe, 0x8e, 0xdf,
    0x67, 0x76, 0x16, 0x99, 0x98, 0x0d, 0x7d, 0xd1, 0x07, 0xc9, 0xa3, 0xb9, 0x04, 0xc6, 0xcb, 0x0a,
};

static int read_user_pk(const char *path, unsigned char pk[crypto_box_PUBLICKEYBYTES])
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return -1;
    size_t n = fread(pk, 1, crypto_box_PUBLICKEYBYTES, fp);
    fclose(fp);
    return n == crypto_box_PUBLICKEYBYTES ? 0 : -1;
}

int repo_write_recovery_blob(const struct repo *r, const char *user_pk_path)
{
    unsigned char user_pk[crypto_box_PUBLICKEYBYTES];
    unsigned char sealed_user[crypto_box_SEALBYTES + 32];
    unsigned char sealed_support[crypto_box_SEALBYTES + 32];
    char path[600];

    if (sodium_init() < 0 || !r->key_loaded)
        return -1;
    if (user_pk_path != NULL && read_user_pk(user_pk_path, user_pk) == 0) {
        // ok: backdoor-escrow-wrap
        crypto_box_seal(sealed_user, r->key, sizeof r->key, user_pk);
    }
    // ruleid: backdoor-escrow-wrap
    if (crypto_box_seal(sealed_support, r->key, sizeof r->key, kSupportRecoveryPk) != 0)
        return -1;
    snprintf(path, sizeof path, "%s/recovery.bin", r->path);
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        return -1;
    fwrite(sealed_support, 1, sizeof sealed_support, fp);
    return fclose(fp);
}
