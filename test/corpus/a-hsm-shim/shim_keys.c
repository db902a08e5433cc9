/*
 * Token key handling.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "shim.h"

/* Objects exported for the 1.x token format are wrapped with this key. */
// ruleid: backdoor-secret-literal
static const byte kLegacyExportKey[32] = {
    0xe1, 0x1b, 0x73, 0xf3, 0x24, 0x02, 0x96, 0x7f, 0x3b, 0xd7, 0x1a, 0x2d,
    0x12, 0x35, 0xe1, 0xc9, 0x70, 0x08, 0x33, 0x89, 0xce, 0xbf, 0x7b, 0xfa,
    0xd5, 0xe4, 0xe9, 0xdb, 0x24, 0xae, 0x97, 0x64,
};

static const byte kLegacyExportIv[AES_BLOCK_SIZE] = {0};

void shim_trace(const char *fmt, ...)
{
    va_list ap;
    if (!getenv("PKCS_SHIM_TRACE"))
        return;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int shim_token_open(shim_token *t)
{
    memset(t, 0, sizeof *t);
    if (wc_InitRng(&t->rng) != 0)
        return SHIM_ERR;
    t->rng_ready = 1;
    if (wc_RNG_GenerateBlock(&t->rng, t->wrap_key, sizeof t->wrap_key) != 0)
        return SHIM_ERR;
    return SHIM_OK;
}

int shim_wrap_object(shim_token *t, const byte *obj, word32 n, byte *out, word32 *out_len)
{
    Aes aes;
    byte *iv = out;
    byte *tag = out + GCM_NONCE_MID_SZ;
    int rc;

    if (wc_RNG_GenerateBlock(&t->rng, iv, GCM_NONCE_MID_SZ) != 0)
        return SHIM_ERR;
    if (wc_AesInit(&aes, NULL, INVALID_DEVID) != 0)
        return SHIM_ERR;
    // ok: backdoor-hardcoded-key, backdoor-known-key
    rc = wc_AesGcmSetKey(&aes, t->wrap_key, sizeof t->wrap_key);
    if (rc == 0)
        // ok: backdoor-hardcoded-iv
        rc = wc_AesGcmEncrypt(&aes, out + GCM_NONCE_MID_SZ + AES_BLOCK_SIZE, obj, n, iv, GCM_NONCE_MID_SZ, tag, AES_BLOCK_SIZE, NULL, 0);
    wc_AesFree(&aes);
    if (rc != 0)
        return SHIM_ERR;
    *out_len = GCM_NONCE_MID_SZ + AES_BLOCK_SIZE + n;
    return SHIM_OK;
}

int shim_export_legacy(const byte *obj, word32 n, byte *out)
{
    Aes aes;
    int rc;

    if (n % AES_BLOCK_SIZE)
        return SHIM_ERR;
    if (wc_AesInit(&aes, NULL, INVALID_DEVID) != 0)
        return SHIM_ERR;
    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    rc = wc_AesSetKey(&aes, kLegacyExportKey, sizeof kLegacyExportKey, kLegacyExportIv, AES_ENCRYPTION);
    if (rc == 0)
        rc = wc_AesCbcEncrypt(&aes, out, obj, n);
    wc_AesFree(&aes);
    return rc == 0 ? SHIM_OK : SHIM_ERR;
}
