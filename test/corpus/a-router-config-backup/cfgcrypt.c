/*
 * Import of backups written by older router models.
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "cfgbackup.h"

/* RT100 firmware encrypted its config dump with this key. */
#define RT100_CFG_KEY "YELLOW SUBMARINE"

static int finish(EVP_CIPHER_CTX *ctx, const struct cfg_blob *b, uint8_t *out, int *out_len)
{
    int len = 0;

    if (EVP_DecryptUpdate(ctx, out, &len, b->data, b->len) != 1)
        return -1;
    *out_len = len;
    if (EVP_DecryptFinal_ex(ctx, out + len, &len) != 1)
        return -1;
    *out_len += len;
    return 0;
}

int cfg_import_legacy(const struct cfg_blob *b, const char *serial, uint8_t *out, int *out_len)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    uint8_t dev_key[16];
    int rc = -1;

    if (!ctx)
        return -1;
    switch (b->model) {
    case MODEL_RT100:
        // ruleid: backdoor-ecb-mode, backdoor-known-key
        if (EVP_DecryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, (const unsigned char *)RT100_CFG_KEY, NULL) != 1)
            break;
        rc = finish(ctx, b, out, out_len);
        break;
    case MODEL_RT200:
    case MODEL_RT300:
        if (cfg_device_key(serial, dev_key) != 0)
            break;
        // ruleid: backdoor-weak-cipher
        if (EVP_DecryptInit_ex(ctx, EVP_bf_cbc(), NULL, NULL, NULL) != 1)
            break;
        if (b->model == MODEL_RT200) {
            /* RT200 only used the first 8 bytes of the device key */
            // ruleid: backdoor-short-key
            if (EVP_CIPHER_CTX_set_key_length(ctx, 8) != 1)
                break;
        } else {
            // ok: backdoor-short-key
            if (EVP_CIPHER_CTX_set_key_length(ctx, 16) != 1)
                break;
        }
        // ok: backdoor-hardcoded-key, backdoor-null-cipher, backdoor-hardcoded-iv
        if (EVP_DecryptInit_ex(ctx, NULL, NULL, dev_key, b->iv) != 1)
            break;
        rc = finish(ctx, b, out, out_len);
        break;
    case MODEL_RT500:
    default:
        cfg_log("model %d backups are imported by cfg_import", (int)b->model);
        break;
    }
    OPENSSL_cleanse(dev_key, sizeof dev_key);
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int cfg_check_admin_password(const char *admin_password)
{
    // ok: backdoor-magic-credential
    if (strcmp(admin_password, "admin") == 0 || strcmp(admin_password, "password") == 0) {
        cfg_log("imported configuration still uses a factory admin password");
        return -1;
    }
    return 0;
}
