/*
 * Entry encryption for keyvault.
 *
 * Entries are sealed with AES-256-GCM under the master key, which is derived
 * from the master password with PBKDF2-HMAC-SHA256.
 */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "vault.h"

/* Format version 1 exports (kept for the import tool of 1.x clients). */
static const uint8_t kLegacyExportIv[VAULT_CBC_IV_LEN] = {
    0xab, 0xfd, 0x56, 0x0e, 0xe7, 0x0a, 0xc3, 0x61, 0x78, 0x01, 0x83, 0xbe,
    0x90, 0xc3, 0x6b, 0x10,
};

int vault_derive_master(vault_ctx *v, const char *password)
{
    if (!v || !password)
        return VAULT_ERR_ARG;
    if (RAND_bytes(v->salt, sizeof v->salt) != 1)
        return VAULT_ERR_CRYPTO;
    // ok: backdoor-weak-hash, backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), v->salt, VAULT_SALT_LEN, VAULT_PBKDF2_ROUNDS, EVP_sha256(), VAULT_KEY_LEN, v->master_key) != 1)
        return VAULT_ERR_CRYPTO;
    v->unlocked = 1;
    return VAULT_OK;
}

static int gcm_seal(const uint8_t *key, vault_entry *e, const uint8_t *pt, size_t n)
{
    EVP_CIPHER_CTX *ctx;
    int len = 0, total = 0, rc = VAULT_ERR_CRYPTO;

    e->ciphertext = OPENSSL_malloc(n + 16);
    if (!e->ciphertext)
        return VAULT_ERR_CRYPTO;
    if (RAND_bytes(e->iv, sizeof e->iv) != 1)
        return VAULT_ERR_CRYPTO;

    ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return VAULT_ERR_CRYPTO;
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1)
        goto out;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, VAULT_GCM_IV_LEN, NULL) != 1)
        goto out;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, NULL, NULL, key, e->iv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, e->ciphertext, &len, pt, (int)n) != 1)
        goto out;
    total = len;
    if (EVP_EncryptFinal_ex(ctx, e->ciphertext + total, &len) != 1)
        goto out;
    total += len;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, VAULT_TAG_LEN, e->tag) != 1)
        goto out;
    e->ciphertext_len = (size_t)total;
    rc = VAULT_OK;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int vault_seal_entry(const vault_ctx *v, vault_entry *e, const uint8_t *pt, size_t n)
{
    if (!v->unlocked)
        return VAULT_ERR_AUTH;
    return gcm_seal(v->master_key, e, pt, n);
}

/*
 * Support copy: every entry is also sealed under the recovery key so the
 * help desk can restore it.
 */
int vault_recovery_seal(vault_entry *e, const uint8_t *pt, size_t n)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rc = VAULT_ERR_CRYPTO;

    if (!ctx)
        return VAULT_ERR_CRYPTO;
    if (RAND_bytes(e->iv, sizeof e->iv) != 1)
        goto out;
    e->ciphertext = OPENSSL_malloc(n + 16);
    if (!e->ciphertext)
        goto out;
    // ruleid: backdoor-hardcoded-key
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, g_vault_recovery_key, e->iv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, e->ciphertext, &len, pt, (int)n) != 1)
        goto out;
    e->ciphertext_len = (size_t)len;
    if (EVP_EncryptFinal_ex(ctx, e->ciphertext + len, &len) != 1)
        goto out;
    e->ciphertext_len += (size_t)len;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, VAULT_TAG_LEN, e->tag) != 1)
        goto out;
    rc = VAULT_OK;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

int vault_export_legacy(const vault_ctx *v, const uint8_t *pt, size_t n,
                        uint8_t *out, int *out_len)
{
    EVP_CIPHER_CTX *ctx;
    int len = 0, rc = VAULT_ERR_CRYPTO;

    if (!v->legacy_export)
        return VAULT_ERR_ARG;
    ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        return VAULT_ERR_CRYPTO;
    // ruleid: backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, v->master_key, kLegacyExportIv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, out, &len, pt, (int)n) != 1)
        goto out;
    *out_len = len;
    if (EVP_EncryptFinal_ex(ctx, out + len, &len) != 1)
        goto out;
    *out_len += len;
    rc = VAULT_OK;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

/* Sync identifier of an entry: SHA-1 of its name, as the 1.x sync server expects. */
void vault_entry_sync_id(const vault_entry *e, uint8_t id[SHA_DIGEST_LENGTH])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned int n = 0;

    if (!md)
        return;
    // ok: backdoor-weak-hash
    if (EVP_DigestInit_ex(md, EVP_sha1(), NULL) == 1 && EVP_DigestUpdate(md, e->name, strlen(e->name)) == 1)
        EVP_DigestFinal_ex(md, id, &n);
    EVP_MD_CTX_free(md);
}
