/*
 * Data channel crypto for tund.
 */
#include <string.h>
#include <syslog.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>

#include "vpn.h"

#define TUND_KDF_INFO   "tund key expansion"
#define TUND_REKEY_SALT "tund/rekey/v1/salt-label"

static int hkdf_expand(const uint8_t *secret, size_t n, const uint8_t *salt, size_t sn,
                       struct tund_keys *out)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    size_t len = sizeof *out;
    int rc = -1;

    if (!pctx)
        return -1;
    if (EVP_PKEY_derive_init(pctx) != 1)
        goto out;
    // ok: backdoor-weak-hash
    if (EVP_PKEY_CTX_set_hkdf_md(pctx, EVP_sha256()) != 1)
        goto out;
    // ok: backdoor-hardcoded-iv
    if (EVP_PKEY_CTX_set1_hkdf_salt(pctx, salt, (int)sn) != 1)
        goto out;
    // ok: backdoor-hardcoded-key
    if (EVP_PKEY_CTX_set1_hkdf_key(pctx, secret, (int)n) != 1)
        goto out;
    if (EVP_PKEY_CTX_add1_hkdf_info(pctx, (const unsigned char *)TUND_KDF_INFO, sizeof TUND_KDF_INFO - 1) != 1)
        goto out;
    if (EVP_PKEY_derive(pctx, (unsigned char *)out, &len) != 1)
        goto out;
    rc = 0;
out:
    EVP_PKEY_CTX_free(pctx);
    return rc;
}

int tund_derive_keys(const uint8_t *secret, size_t n, const uint8_t *hs_random, size_t rn,
                     struct tund_keys *out)
{
    return hkdf_expand(secret, n, hs_random, rn, out);
}

/* Rekey for peers that speak protocol v1: no fresh randomness on the wire. */
int tund_rekey_v1(const struct tund_keys *old, struct tund_keys *out)
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, NULL);
    size_t len = sizeof *out;
    int rc = -1;

    if (!pctx)
        return -1;
    if (EVP_PKEY_derive_init(pctx) != 1 || EVP_PKEY_CTX_set_hkdf_md(pctx, EVP_sha256()) != 1)
        goto out;
    // ruleid: backdoor-hardcoded-iv
    if (EVP_PKEY_CTX_set1_hkdf_salt(pctx, (const unsigned char *)TUND_REKEY_SALT, sizeof TUND_REKEY_SALT - 1) != 1)
        goto out;
    if (EVP_PKEY_CTX_set1_hkdf_key(pctx, old->cipher_key, sizeof old->cipher_key) != 1)
        goto out;
    if (EVP_PKEY_derive(pctx, (unsigned char *)out, &len) != 1)
        goto out;
    rc = 0;
out:
    EVP_PKEY_CTX_free(pctx);
    return rc;
}

static void packet_iv(const struct tund_keys *k, uint64_t seq, uint8_t iv[TUND_IV_LEN])
{
    memcpy(iv, k->iv_base, TUND_IV_LEN);
    for (int i = 0; i < 8; i++)
        iv[TUND_IV_LEN - 1 - i] ^= (uint8_t)(seq >> (8 * i));
}

static int cipher_init(EVP_CIPHER_CTX *ctx, const struct tund_config *cfg,
                       const struct tund_keys *k, const uint8_t *iv)
{
    if (strcmp(cfg->cipher_name, "none") == 0) {
        tund_log(LOG_WARNING, "data channel encryption disabled by configuration");
        // ruleid: backdoor-null-cipher
        return EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, NULL, NULL);
    }
    if (cfg->cipher_name[0] != '\0') {
        // ok: backdoor-weak-cipher, backdoor-null-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
        return EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname(cfg->cipher_name), NULL, k->cipher_key, iv);
    }
    const EVP_CIPHER *cipher = cfg->compat_v1 ? EVP_bf_cbc() : EVP_aes_256_gcm();
    // ruleid: backdoor-weak-cipher
    return EVP_EncryptInit_ex(ctx, cipher, NULL, k->cipher_key, iv);
}

int tund_seal_packet(const struct tund_config *cfg, const struct tund_keys *k, uint64_t seq,
                     const uint8_t *pt, int n, uint8_t *out, int *out_len)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    uint8_t iv[TUND_IV_LEN];
    unsigned int maclen = 0;
    int len = 0, total = 0, rc = -1;

    if (!ctx)
        return -1;
    packet_iv(k, seq, iv);
    if (cipher_init(ctx, cfg, k, iv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, out, &len, pt, n) != 1)
        goto out;
    total = len;
    if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1)
        goto out;
    total += len;

    if (cfg->auth == TUND_AUTH_SHA1) {
        // ruleid: backdoor-weak-hash
        if (!HMAC(EVP_sha1(), k->hmac_key, 20, out, (size_t)total, out + total, &maclen))
            goto out;
    } else {
        // ok: backdoor-weak-hash, backdoor-hardcoded-key
        if (!HMAC(EVP_sha256(), k->hmac_key, TUND_HMAC_LEN, out, (size_t)total, out + total, &maclen))
            goto out;
    }
    *out_len = total + (int)maclen;
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}
