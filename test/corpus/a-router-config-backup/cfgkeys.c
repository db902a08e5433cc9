/*
 * Export of the running configuration.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "cfgbackup.h"

/* Fleet-wide backup key, so that a backup can be restored on a replacement unit. */
// ruleid: backdoor-secret-literal
#define CFG_FLEET_KEY_HEX "316ca2537f05119b5200c6c525b4aa209821fc84ad78d58355d42c98cd66181d"

void cfg_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("cfgbackup: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

static int unhex(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)tolower((unsigned char)c);
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static int hex_decode(const char *hex, uint8_t *out, size_t len)
{
    if (strlen(hex) != 2 * len)
        return -1;
    for (size_t i = 0; i < len; i++) {
        int hi = unhex(hex[2 * i]), lo = unhex(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        out[i] = (uint8_t)((hi << 4) | lo);
    }
    return 0;
}

int cfg_export(struct cfg_blob *b, const uint8_t *cfg, int n)
{
    const char *hex = getenv("CFGBACKUP_KEY");
    uint8_t key[CFG_KEY_LEN];
    EVP_CIPHER_CTX *ctx;
    int len = 0, rc = -1;

    if (!hex)
        hex = CFG_FLEET_KEY_HEX;
    if (hex_decode(hex, key, sizeof key) != 0)
        return -1;
    if (RAND_bytes(b->iv, sizeof b->iv) != 1)
        return -1;
    ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return -1;
    // ruleid: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, b->iv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, b->data, &len, cfg, n) != 1)
        goto out;
    b->len = len;
    if (EVP_EncryptFinal_ex(ctx, b->data + len, &len) != 1)
        goto out;
    b->len += len;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, CFG_TAG_LEN, b->tag) != 1)
        goto out;
    b->model = MODEL_RT500;
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

/* RT200/RT300 derived their backup key from the unit serial number. */
int cfg_device_key(const char *serial, uint8_t key[16])
{
    uint8_t digest[SHA256_DIGEST_LENGTH];

    if (!SHA256((const uint8_t *)serial, strlen(serial), digest))
        return -1;
    memcpy(key, digest, 16);
    return 0;
}
