/* Archive sealing: one ops table per archive format. */
#include <string.h>
#include <mbedtls/cipher.h>
#include <mbedtls/gcm.h>
#include <mbedtls/md.h>
#include <mbedtls/pkcs5.h>
#include <mbedtls/platform_util.h>

#include "logger.h"

#define DL_SALT_LEN 16
#define DL_GCM_IV_LEN 12
#define DL_GCM_TAG_LEN 16

/* PBKDF2 of the device passphrase, one function per archive version. */
#define DL_DEFINE_KDF(tag, md_type, rounds)                                                    \
    static int dl_kdf_##tag(const char *pass, const unsigned char *salt, size_t salt_len,     \
                            unsigned char *out, size_t out_len)                               \
    {                                                                                          \
        mbedtls_md_context_t md;                                                               \
        int rc;                                                                                \
        mbedtls_md_init(&md);                                                                  \
        rc = mbedtls_md_setup(&md, mbedtls_md_info_from_type(md_type), 1);                     \
        if (rc == 0)                                                                           \
            rc = mbedtls_pkcs5_pbkdf2_hmac(&md, (const unsigned char *)pass, strlen(pass),     \
                                           salt, salt_len, rounds, (uint32_t)out_len, out);    \
        mbedtls_md_free(&md);                                                                  \
        return rc;                                                                             \
    }

// ruleid: backdoor-weak-kdf
// ruleid: backdoor-weak-hash
DL_DEFINE_KDF(compat, MBEDTLS_MD_SHA1, 1000)
// ok: backdoor-weak-kdf
// ok: backdoor-weak-hash
DL_DEFINE_KDF(gcm, MBEDTLS_MD_SHA256, 600000)

static int gcm_encrypt(const unsigned char *key, const unsigned char *in, size_t n,
                       unsigned char *out, size_t *out_len)
{
    mbedtls_gcm_context g;
    unsigned char *iv = out, *tag = out + DL_GCM_IV_LEN, *ct = out + DL_GCM_IV_LEN + DL_GCM_TAG_LEN;
    int rc;

    if (dl_random(NULL, iv, DL_GCM_IV_LEN) != 0)
        return -1;
    mbedtls_gcm_init(&g);
    rc = mbedtls_gcm_setkey(&g, MBEDTLS_CIPHER_ID_AES, key, 256);
    if (rc == 0)
        // ok: backdoor-hardcoded-iv
        rc = mbedtls_gcm_crypt_and_tag(&g, MBEDTLS_GCM_ENCRYPT, n, iv, DL_GCM_IV_LEN, NULL, 0,
                                       in, ct, DL_GCM_TAG_LEN, tag);
    mbedtls_gcm_free(&g);
    if (rc == 0)
        *out_len = DL_GCM_IV_LEN + DL_GCM_TAG_LEN + n;
    return rc;
}

static int gcm_open(const unsigned char *key, const unsigned char *in, size_t n,
                    unsigned char *out, size_t *out_len)
{
    mbedtls_gcm_context g;
    int rc;

    if (n < DL_GCM_IV_LEN + DL_GCM_TAG_LEN)
        return -1;
    mbedtls_gcm_init(&g);
    rc = mbedtls_gcm_setkey(&g, MBEDTLS_CIPHER_ID_AES, key, 256);
    if (rc == 0)
        rc = mbedtls_gcm_auth_decrypt(&g, n - DL_GCM_IV_LEN - DL_GCM_TAG_LEN, in, DL_GCM_IV_LEN,
                                      NULL, 0, in + DL_GCM_IV_LEN, DL_GCM_TAG_LEN,
                                      in + DL_GCM_IV_LEN + DL_GCM_TAG_LEN, out);
    mbedtls_gcm_free(&g);
    if (rc == 0)
        *out_len = n - DL_GCM_IV_LEN - DL_GCM_TAG_LEN;
    return rc;
}

/* Format 1, still read by the DL-200 collectors in the field. */
static int compat_crypt(mbedtls_operation_t op, const unsigned char *key, const unsigned char *in,
                        size_t n, unsigned char *out, size_t *out_len)
{
    mbedtls_cipher_context_t c;
    int rc;

    mbedtls_cipher_init(&c);
    // ruleid: backdoor-weak-cipher
    rc = mbedtls_cipher_setup(&c, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_DES_EDE3_CBC));
    if (rc == 0)
        rc = mbedtls_cipher_setkey(&c, key, 192, op);
    if (rc == 0)
        rc = mbedtls_cipher_set_padding_mode(&c, MBEDTLS_PADDING_PKCS7);
    if (rc == 0)
        // ruleid: backdoor-hardcoded-iv
        rc = mbedtls_cipher_crypt(&c, kDlCompatIv, sizeof kDlCompatIv, in, n, out, out_len);
    mbedtls_cipher_free(&c);
    return rc;
}

static int compat_encrypt(const unsigned char *key, const unsigned char *in, size_t n,
                          unsigned char *out, size_t *out_len)
{
    return compat_crypt(MBEDTLS_ENCRYPT, key, in, n, out, out_len);
}

static int compat_open(const unsigned char *key, const unsigned char *in, size_t n,
                       unsigned char *out, size_t *out_len)
{
    return compat_crypt(MBEDTLS_DECRYPT, key, in, n, out, out_len);
}

static const struct dl_seal_ops dl_formats[] = {
    {.name = "aes-256-gcm", .version = 2, .kdf = dl_kdf_gcm, .encrypt = gcm_encrypt, .open = gcm_open},
    {.name = "3des-cbc", .version = 1, .kdf = dl_kdf_compat, .encrypt = compat_encrypt, .open = compat_open},
};

const struct dl_seal_ops *dl_seal_lookup(const char *name)
{
    for (size_t i = 0; i < sizeof dl_formats / sizeof dl_formats[0]; i++)
        if (strcmp(dl_formats[i].name, name) == 0)
            return &dl_formats[i];
    return NULL;
}

/* Archive: version byte, salt, then what the format's encrypt writes. */
int dl_seal_archive(const struct dl_config *c, const unsigned char *samples, size_t n,
                    unsigned char *out, size_t *out_len)
{
    const struct dl_seal_ops *ops = dl_seal_lookup(c->archive_format);
    unsigned char key[32];
    size_t body = 0;
    int rc;

    if (ops == NULL || c->passphrase[0] == '\0')
        return -1;
    out[0] = ops->version;
    if (dl_random(NULL, out + 1, DL_SALT_LEN) != 0)
        return -1;
    rc = ops->kdf(c->passphrase, out + 1, DL_SALT_LEN, key, ops->version == 1 ? 24 : 32);
    if (rc == 0)
        rc = ops->encrypt(key, samples, n, out + 1 + DL_SALT_LEN, &body);
    mbedtls_platform_zeroize(key, sizeof key);
    if (rc == 0)
        *out_len = 1 + DL_SALT_LEN + body;
    return rc;
}
