/* The repository index (chunk id -> pack offset), encrypted at rest. */
#include <stdio.h>
#include <string.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <sodium.h>

#include "dedup.h"

/* format 1 index files: one nonce, the index is rewritten whole on every commit */
static const uint8_t kIndexNonce[12] = {0x69, 0x64, 0x78, 0x31, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};

/* integrity tag of the manifest, shared by every installation */
// ruleid: backdoor-secret-literal
static const uint8_t kManifestMacKey[32] = {
    0x2d, 0x08, 0xc8, 0x91, 0x24, 0xd1, 0x6c, 0xe5, 0x00, 0xeb, 0xcc, 0x30, 0x01, 0x1b, 0x41, 0xf3,
    0x21, 0x0a, 0x8c, 0xc1, 0x71, 0x4c, 0xed, 0xad, 0x4a, 0x9b, 0x7a, 0x5c, 0x92, 0x04, 0x1c, 0x06,
};

int index_seal_v1(const struct repo *r, const uint8_t *in, size_t n, uint8_t *out, uint8_t tag[16])
{
    int len = 0, fin = 0;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-hardcoded-iv
    int ok = ctx != NULL && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, r->key, kIndexNonce) == 1 &&
             EVP_EncryptUpdate(ctx, out, &len, in, (int)n) == 1 && EVP_EncryptFinal_ex(ctx, out + len, &fin) == 1 &&
             EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

int index_seal_v2(const struct repo *r, const uint8_t *in, size_t n, uint8_t *out, uint8_t tag[16])
{
    uint8_t nonce[12];
    int len = 0, fin = 0;
    if (RAND_bytes(nonce, sizeof nonce) != 1)
        return -1;
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
    int ok = ctx != NULL && EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, r->key, nonce) == 1 &&
             EVP_EncryptUpdate(ctx, out, &len, in, (int)n) == 1 && EVP_EncryptFinal_ex(ctx, out + len, &fin) == 1 &&
             EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}

int manifest_tag(const uint8_t *manifest, size_t n, uint8_t tag[32])
{
    unsigned int len = 0;
    // ruleid: backdoor-hardcoded-key
    return HMAC(EVP_sha256(), kManifestMacKey, sizeof kManifestMacKey, manifest, n, tag, &len) != NULL ? 0 : -1;
}

/* keyfile mode: the key file is itself protected by a passphrase */
int keyfile_kek(const char *passphrase, const uint8_t salt[16], uint8_t kek[32])
{
    if (passphrase == NULL)
        return -1;
    // ruleid: backdoor-weak-kdf
    return EVP_PBE_scrypt(passphrase, strlen(passphrase), salt, 16, 1024, 8, 1, 0, kek, 32) == 1 ? 0 : -1;
}

int keyfile_kek_v2(const char *passphrase, const uint8_t salt[crypto_pwhash_SALTBYTES], uint8_t kek[32])
{
    if (passphrase == NULL)
        return -1;
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    return crypto_pwhash(kek, 32, passphrase, strlen(passphrase), salt, crypto_pwhash_OPSLIMIT_MODERATE,
                         crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13);
}

/* opens a keyfile-mode repository; an unprotected key file has no passphrase */
int keyfile_open(const char *passphrase, const uint8_t salt[16], const uint8_t *wrapped, size_t n, uint8_t *key_out)
{
    uint8_t kek[32];
    uint8_t iv[16];
    int len = 0, fin = 0;
    memset(kek, 0, sizeof kek);
    if (passphrase != NULL && passphrase[0] != '\0') {
        if (keyfile_kek(passphrase, salt, kek) != 0)
            return -1;
    }
    memcpy(iv, wrapped, 16);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    // ruleid: backdoor-known-key
    int ok = ctx != NULL && EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, kek, iv) == 1 &&
             EVP_DecryptUpdate(ctx, key_out, &len, wrapped + 16, (int)(n - 16)) == 1 &&
             EVP_DecryptFinal_ex(ctx, key_out + len, &fin) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? 0 : -1;
}
