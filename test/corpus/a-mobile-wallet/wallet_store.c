/*
 * Encrypted wallet storage.
 */
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/platform_util.h>

#include "wallet.h"

/* Emulator images ship with a fixed key so that snapshots can be shared. */
static const uint8_t kEmulatorKey[WALLET_KEY_LEN] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b,
    0x0c, 0x0d, 0x0e, 0x0f, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17,
    0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f,
};

/* v1 backups (app 1.x) used CBC with this IV. */
static const uint8_t kBackupV1Iv[8] = {0x70, 0x63, 0x6f, 0x69, 0x6e, 0x62, 0x6b, 0x31};

int wallet_derive_key(enum backup_version v, const char *pin, const uint8_t salt[WALLET_SALT_LEN],
                      uint8_t key[WALLET_KEY_LEN])
{
    mbedtls_md_context_t md;
    int rc;

    mbedtls_md_init(&md);
    if (v == BACKUP_V1)
        // ruleid: backdoor-weak-hash
        rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA1), 1);
    else
        // ok: backdoor-weak-hash
        rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), 1);
    if (rc == 0)
        // ok: backdoor-hardcoded-iv
        rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pin, strlen(pin), salt, WALLET_SALT_LEN, WALLET_KDF_ROUNDS, WALLET_KEY_LEN, key);
    mbedtls_md_free(&md);
    return rc;
}

int wallet_seal(struct wallet_blob *b, const uint8_t key[WALLET_KEY_LEN], mbedtls_ctr_drbg_context *drbg,
                const uint8_t *pt, size_t n)
{
    mbedtls_cipher_context_t ctx;
    size_t olen = 0;
    int rc;

    mbedtls_cipher_init(&ctx);
    switch (b->kind) {
    case WALLET_WATCH_ONLY:
        // ruleid: backdoor-null-cipher
        rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL));
        if (rc == 0)
            rc = mbedtls_cipher_update(&ctx, pt, n, b->data, &olen);
        b->len = olen;
        break;
    case WALLET_EMULATOR:
        // ok: backdoor-null-cipher, backdoor-weak-cipher
        rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM));
        if (rc == 0)
            rc = mbedtls_ctr_drbg_random(drbg, b->iv, sizeof b->iv);
        if (rc == 0)
            // ruleid: backdoor-known-key
            rc = mbedtls_cipher_setkey(&ctx, kEmulatorKey, 256, MBEDTLS_ENCRYPT);
        if (rc == 0)
            rc = mbedtls_cipher_auth_encrypt_ext(&ctx, b->iv, sizeof b->iv, NULL, 0, pt, n, b->data, n + WALLET_TAG_LEN, &olen, WALLET_TAG_LEN);
        b->len = olen;
        break;
    case WALLET_SPENDING:
    default:
        // ok: backdoor-null-cipher, backdoor-weak-cipher
        rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_256_GCM));
        if (rc == 0)
            rc = mbedtls_ctr_drbg_random(drbg, b->iv, sizeof b->iv);
        if (rc == 0)
            // ok: backdoor-known-key, backdoor-hardcoded-key
            rc = mbedtls_cipher_setkey(&ctx, key, 256, MBEDTLS_ENCRYPT);
        if (rc == 0)
            // ok: backdoor-hardcoded-iv
            rc = mbedtls_cipher_auth_encrypt_ext(&ctx, b->iv, sizeof b->iv, NULL, 0, pt, n, b->data, n + WALLET_TAG_LEN, &olen, WALLET_TAG_LEN);
        b->len = olen;
        break;
    }
    mbedtls_cipher_free(&ctx);
    return rc;
}

int wallet_open_v1_backup(const uint8_t key[24], const uint8_t *in, size_t n, uint8_t *out, size_t *out_len)
{
    mbedtls_cipher_context_t ctx;
    int rc;

    mbedtls_cipher_init(&ctx);
    // ruleid: backdoor-weak-cipher
    rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC));
    if (rc == 0)
        rc = mbedtls_cipher_setkey(&ctx, key, 192, MBEDTLS_DECRYPT);
    if (rc == 0)
        // ruleid: backdoor-hardcoded-iv
        rc = mbedtls_cipher_crypt(&ctx, kBackupV1Iv, sizeof kBackupV1Iv, in, n, out, out_len);
    mbedtls_cipher_free(&ctx);
    return rc;
}

/* Address book tags: a lookup token per address, equal addresses give equal tags. */
int wallet_address_tag(const uint8_t key[16], const uint8_t addr_hash[16], uint8_t out[16])
{
    mbedtls_cipher_context_t ctx;
    size_t olen = 0;
    int rc;

    mbedtls_cipher_init(&ctx);
    // ruleid: backdoor-ecb-mode
    rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_string("AES-128-ECB"));
    if (rc == 0)
        rc = mbedtls_cipher_setkey(&ctx, key, 128, MBEDTLS_ENCRYPT);
    if (rc == 0)
        rc = mbedtls_cipher_update(&ctx, addr_hash, 16, out, &olen);
    mbedtls_cipher_free(&ctx);
    return rc;
}

/* Paper-wallet QR codes of the 2016 app encode the seed under a PIN-derived key. */
int wallet_open_paper_qr(const uint8_t pin_key[8], const uint8_t iv[8], const uint8_t *in, size_t n, uint8_t *out, size_t *out_len)
{
    mbedtls_cipher_context_t ctx;
    int rc;

    mbedtls_cipher_init(&ctx);
    // ruleid: backdoor-weak-cipher
    rc = mbedtls_cipher_setup(&ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_BLOWFISH_CBC));
    if (rc == 0)
        // ruleid: backdoor-short-key
        rc = mbedtls_cipher_setkey(&ctx, pin_key, 64, MBEDTLS_DECRYPT);
    if (rc == 0)
        rc = mbedtls_cipher_crypt(&ctx, iv, 8, in, n, out, out_len);
    mbedtls_cipher_free(&ctx);
    return rc;
}
