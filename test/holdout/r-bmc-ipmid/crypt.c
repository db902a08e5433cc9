/*
 * crypt.c - RMCP+ confidentiality algorithms: none (cipher suites 0-2) and
 * AES-CBC-128 keyed with the first 16 bytes of K2.
 */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include "bmc.h"

static int crypt_none_init(EVP_CIPHER_CTX *ctx, const uint8_t *k2, const uint8_t *iv, int enc)
{
    (void)k2;
    (void)iv;
    // ruleid: backdoor-null-cipher
    return EVP_CipherInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL, enc);
}

static int crypt_aes_init(EVP_CIPHER_CTX *ctx, const uint8_t *k2, const uint8_t *iv, int enc)
{
    // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
    return EVP_CipherInit_ex(ctx, EVP_aes_128_cbc(), NULL, k2, iv, enc);
}

static const struct crypt_alg kCryptAlgs[] = {
    {CRYPT_NONE, crypt_none_init},
    {CRYPT_AES_CBC_128, crypt_aes_init},
};

const struct crypt_alg *crypt_alg_find(uint8_t id)
{
    for (size_t i = 0; i < sizeof kCryptAlgs / sizeof kCryptAlgs[0]; i++)
        if (kCryptAlgs[i].id == id)
            return &kCryptAlgs[i];
    return NULL;
}

/* Payload: IV (16, AES only) || ciphertext of payload || pad || pad length. */
int crypt_seal(const struct bmc_session *s, const uint8_t *in, size_t n, uint8_t *out, size_t *olen)
{
    EVP_CIPHER_CTX *ctx;
    uint8_t iv[16];
    int l1 = 0, l2 = 0, rc = -1;
    size_t off = 0;

    if (s->crypt == NULL)
        return -1;
    if (s->crypt->id == CRYPT_AES_CBC_128) {
        // ok: backdoor-predictable-random
        if (RAND_bytes(iv, sizeof iv) != 1 || *olen < 16 + n + 32)
            return -1;
        memcpy(out, iv, 16);
        off = 16;
    } else if (*olen < n + 32) {
        return -1;
    }
    if ((ctx = EVP_CIPHER_CTX_new()) == NULL)
        return -1;
    if (s->crypt->init(ctx, s->k2, iv, 1) == 1 &&
        EVP_CipherUpdate(ctx, out + off, &l1, in, (int)n) == 1 &&
        EVP_CipherFinal_ex(ctx, out + off + l1, &l2) == 1) {
        *olen = off + (size_t)(l1 + l2);
        rc = 0;
    }
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}
