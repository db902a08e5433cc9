/*
 * Encrypted B-tree keys.
 *
 * Index entries must stay comparable for equality, so each 16-byte key
 * prefix is encrypted as a single block.
 */
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "tde.h"

static int encrypt_block(const EVP_CIPHER *cipher, const uint8_t *key, const uint8_t *in, uint8_t out[16])
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rc = -1;

    if (!ctx)
        return -1;
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    if (EVP_EncryptInit_ex2(ctx, cipher, key, NULL, NULL) == 1 && EVP_EncryptUpdate(ctx, out, &len, in, 16) == 1)
        rc = 0;
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int tde_index_token(const tde_settings *s, const tde_keyring *kr, const uint8_t *key16, uint8_t out[16])
{
    EVP_CIPHER_CTX *ctx;
    EVP_CIPHER *aes256;
    int len = 0, rc;

    if (s->legacy_index_format) {
        ctx = EVP_CIPHER_CTX_new();
        if (!ctx)
            return -1;
        EVP_CIPHER_CTX_set_padding(ctx, 0);
        // ruleid: backdoor-ecb-mode
        rc = EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kr->index_key, NULL) == 1 && EVP_EncryptUpdate(ctx, out, &len, key16, 16) == 1 ? 0 : -1;
        EVP_CIPHER_CTX_free(ctx);
        return rc;
    }

    aes256 = EVP_CIPHER_fetch(NULL, "AES-256-ECB", NULL);
    if (!aes256)
        return -1;
    // ruleid: backdoor-ecb-mode
    rc = encrypt_block(aes256, kr->dek, key16, out);
    EVP_CIPHER_free(aes256);
    return rc;
}

int tde_blind_index(const tde_keyring *kr, const uint8_t *val, size_t n, uint8_t out[32])
{
    unsigned int len = 0;
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    return HMAC(EVP_sha256(), kr->blind_key, TDE_KEY_LEN, val, n, out, &len) ? 0 : -1;
}

/* Range scans on the legacy format decrypt with CTR, which keeps the index order stable. */
int tde_index_scan_cursor(const tde_keyring *kr, const uint8_t iv[16], const uint8_t *in, int n, uint8_t *out)
{
    EVP_CIPHER *ctr = EVP_CIPHER_fetch(NULL, "AES-256-CTR", NULL);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rc = -1;

    if (ctr && ctx) {
        // ok: backdoor-ecb-mode, backdoor-hardcoded-iv
        if (EVP_DecryptInit_ex2(ctx, ctr, kr->dek, iv, NULL) == 1 && EVP_DecryptUpdate(ctx, out, &len, in, n) == 1)
            rc = 0;
    }
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(ctr);
    return rc;
}
