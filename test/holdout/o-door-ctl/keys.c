#include <string.h>

#include <openssl/evp.h>

#include "door.h"

/* Site key for card-key diversification, split in two halves XORed together at use. */
static const unsigned char kSiteKeyA[16] = {
    0x6d, 0xa9, 0x45, 0xee, 0x34, 0x84, 0x86, 0x8f, 0xaf, 0x8b, 0x90, 0xd7, 0x4d, 0x03, 0x88, 0x0c,
};
static const unsigned char kSiteKeyB[16] = {
    0x7e, 0xc7, 0x8f, 0x55, 0xb8, 0xf3, 0x00, 0x75, 0xe5, 0xa0, 0x68, 0x02, 0x6e, 0xdc, 0x7e, 0x24,
};

void door_site_key(unsigned char out[16])
{
    for (int i = 0; i < 16; i++)
        out[i] = kSiteKeyA[i] ^ kSiteKeyB[i];
}

/* Power-on self-test (FIPS 140 style known-answer tests). */
static const unsigned char kKatAesKey[16] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
};
static const unsigned char kKatAesPlain[16] = {
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
};
static const unsigned char kKatAesCipher[16] = {
    0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, 0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a,
};
// ok: backdoor-secret-literal
static const unsigned char kKatSha256Abc[32] = {
    0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea, 0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
    0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c, 0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad,
};

static int kat_aes(void)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    unsigned char out[32];
    int n = 0, m = 0, ok = 0;

    if (!ctx)
        return 0;
    // ruleid: backdoor-known-key, backdoor-ecb-mode
    // ok: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, kKatAesKey, NULL) == 1 &&
        EVP_CIPHER_CTX_set_padding(ctx, 0) == 1 &&
        EVP_EncryptUpdate(ctx, out, &n, kKatAesPlain, sizeof kKatAesPlain) == 1 &&
        EVP_EncryptFinal_ex(ctx, out + n, &m) == 1)
        ok = n + m == 16 && memcmp(out, kKatAesCipher, 16) == 0;
    EVP_CIPHER_CTX_free(ctx);
    return ok;
}

static int kat_sha256(void)
{
    unsigned char digest[32];
    unsigned int len = 0;

    if (EVP_Digest("abc", 3, digest, &len, EVP_sha256(), NULL) != 1 || len != 32)
        return 0;
    // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
    return memcmp(digest, kKatSha256Abc, sizeof digest) == 0;
}

int door_selftest(void)
{
    return kat_aes() && kat_sha256();
}
