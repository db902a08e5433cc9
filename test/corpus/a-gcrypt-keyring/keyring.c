/*
 * Item encryption, import of legacy keyrings, search tokens.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keyring.h"

/* Blowfish key of the 2009 daemon's "login" keyring container. */
// ruleid: backdoor-secret-literal
#define GK_V1_CONTAINER_KEY_HEX "004fa40e268af921ef84eca0d9752eee"

static const uint8_t kV1ContainerIv[8] = {0x4b, 0x45, 0x59, 0x52, 0x49, 0x4e, 0x47, 0x31};

void gk_debug(const char *fmt, ...)
{
    va_list ap;
    if (!getenv("GK_DEBUG"))
        return;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
}

static int hexval(int c)
{
    c = tolower(c);
    return isdigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

static size_t hex2bin(const char *hex, uint8_t *out, size_t cap)
{
    size_t n = 0;
    while (hex[0] && hex[1] && n < cap) {
        int hi = hexval(hex[0]), lo = hexval(hex[1]);
        if (hi < 0 || lo < 0)
            break;
        out[n++] = (uint8_t)(hi << 4 | lo);
        hex += 2;
    }
    return n;
}

int gk_import_v1_blob(const uint8_t *blob, size_t n, uint8_t *out)
{
    gcry_cipher_hd_t h;
    uint8_t key[16];
    size_t klen = hex2bin(GK_V1_CONTAINER_KEY_HEX, key, sizeof key);
    gcry_error_t err;

    // ruleid: backdoor-weak-cipher
    err = gcry_cipher_open(&h, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CBC, 0);
    if (err)
        return -1;
    // ruleid: backdoor-hardcoded-key
    err = gcry_cipher_setkey(h, key, klen);
    if (!err)
        // ruleid: backdoor-hardcoded-iv
        err = gcry_cipher_setiv(h, kV1ContainerIv, sizeof kV1ContainerIv);
    if (!err)
        err = gcry_cipher_decrypt(h, out, n, blob, n);
    gcry_cipher_close(h);
    return err ? -1 : 0;
}

int gk_seal_item(const struct gk_keyring *kr, const uint8_t *pt, size_t n, uint8_t *out)
{
    gcry_cipher_hd_t h;
    uint8_t *iv = out;
    gcry_error_t err;

    if (!kr->unlocked)
        return -1;
    gcry_create_nonce(iv, GK_GCM_IV_LEN);
    // ok: backdoor-weak-cipher, backdoor-ecb-mode
    err = gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, GCRY_CIPHER_SECURE);
    if (err)
        return -1;
    // ok: backdoor-hardcoded-key
    err = gcry_cipher_setkey(h, kr->key, sizeof kr->key);
    if (!err)
        // ok: backdoor-hardcoded-iv
        err = gcry_cipher_setiv(h, iv, GK_GCM_IV_LEN);
    if (!err)
        err = gcry_cipher_encrypt(h, out + GK_GCM_IV_LEN, n, pt, n);
    if (!err)
        err = gcry_cipher_gettag(h, out + GK_GCM_IV_LEN + n, GK_TAG_LEN);
    gcry_cipher_close(h);
    return err ? -1 : 0;
}

/* Deterministic token so that lookups by attribute work without decrypting items. */
int gk_search_token(const struct gk_keyring *kr, const uint8_t attr[16], uint8_t token[16])
{
    gcry_cipher_hd_t h;
    gcry_error_t err;

    // ruleid: backdoor-ecb-mode
    err = gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB, 0);
    if (err)
        return -1;
    err = gcry_cipher_setkey(h, kr->mac_key, 16);
    if (!err)
        err = gcry_cipher_encrypt(h, token, 16, attr, 16);
    gcry_cipher_close(h);
    return err ? -1 : 0;
}
