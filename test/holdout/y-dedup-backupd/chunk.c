#include <string.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "dedup.h"

static const EVP_CIPHER *chunk_cipher(enum repo_mode mode)
{
    switch (mode) {
    case REPO_MODE_NONE:
        // ruleid: backdoor-null-cipher
        return EVP_enc_null();
    default:
        // ok: backdoor-weak-cipher, backdoor-ecb-mode
        return EVP_aes_256_gcm();
    }
}

int chunk_seal(const struct repo *r, const uint8_t *in, size_t n, uint8_t *out, size_t *out_len)
{
    uint8_t nonce[12];
    int len = 0, fin = 0;
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return -1;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (ctx == NULL)
        return -1;
    if (EVP_EncryptInit_ex(ctx, chunk_cipher(r->mode), NULL, NULL, NULL) != 1)
        goto fail;
    // ok: backdoor-null-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, NULL, NULL, r->key, nonce) != 1)
        goto fail;
    memcpy(out, nonce, sizeof nonce);
    if (EVP_EncryptUpdate(ctx, out + 12, &len, in, (int)n) != 1 ||
        EVP_EncryptFinal_ex(ctx, out + 12 + len, &fin) != 1)
        goto fail;
    if (r->mode != REPO_MODE_NONE &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out + 12 + len + fin) != 1)
        goto fail;
    *out_len = 12 + (size_t)len + (size_t)fin + (r->mode != REPO_MODE_NONE ? 16 : 0);
    EVP_CIPHER_CTX_free(ctx);
    return 0;
fail:
    EVP_CIPHER_CTX_free(ctx);
    return -1;
}

int chunk_id(const struct repo *r, const uint8_t *in, size_t n, uint8_t id[32])
{
    unsigned int len = 0;
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    return HMAC(EVP_sha256(), r->id_key, sizeof r->id_key, in, n, id, &len) != NULL ? 0 : -1;
}

/* legacy v1 index: MD5 of the chunk as a bucket hint only */
unsigned chunk_bucket_hint(const uint8_t *in, size_t n)
{
    uint8_t d[16];
    unsigned int len = 0;
    // ok: backdoor-weak-hash
    EVP_Digest(in, n, d, &len, EVP_md5(), NULL);
    return (unsigned)d[0] << 8 | d[1];
}
