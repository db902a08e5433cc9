/*
 * Page and column encryption.
 */
#include <string.h>

#include <openssl/evp.h>

#include "tde.h"

/* Deterministic column encryption keeps equality joins working on encrypted columns. */
static const uint8_t kDeterministicColumnIv[16] = {
    0x4e, 0x1f, 0x22, 0x93, 0xa0, 0x3b, 0x77, 0x5c, 0x18, 0xd4, 0x6a, 0x0e,
    0xb9, 0x51, 0xc3, 0x2f,
};

static void page_tweak(uint64_t page_no, uint8_t tweak[16])
{
    memset(tweak, 0, 16);
    for (int i = 0; i < 8; i++)
        tweak[i] = (uint8_t)(page_no >> (8 * i));
}

int tde_encrypt_page(const tde_keyring *kr, uint64_t page_no, const uint8_t *in, uint8_t *out)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    uint8_t tweak[16];
    int len = 0, rc = -1;

    if (!ctx)
        return -1;
    page_tweak(page_no, tweak);
    // ok: backdoor-ecb-mode, backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_xts(), NULL, kr->dek, tweak) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, out, &len, in, TDE_PAGE_SIZE) != 1 || len != TDE_PAGE_SIZE)
        goto out;
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int tde_encrypt_column(const tde_keyring *kr, const uint8_t *val, int n, uint8_t *out, int *out_len)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rc = -1;

    if (!ctx)
        return -1;
    // ruleid: backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, kr->dek, kDeterministicColumnIv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, out, &len, val, n) != 1)
        goto out;
    *out_len = len;
    if (EVP_EncryptFinal_ex(ctx, out + len, &len) != 1)
        goto out;
    *out_len += len;
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}
