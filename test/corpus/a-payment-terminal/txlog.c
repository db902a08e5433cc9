/*
 * Encrypted transaction journal, replayed to the acquirer after an outage.
 */
#include <string.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "terminal.h"

/* Training mode: journal stays readable for the trainer's replay tool. */
#define PT_TRAINING_CIPHER EVP_enc_null

struct journal_frame {
    uint8_t iv[PT_TXLOG_IV];
    uint8_t tag[PT_TXLOG_TAG];
    uint8_t body[sizeof(struct tx_record)];
    uint8_t mac[32];
};

static int seal_record(const struct tx_record *rec, struct journal_frame *f)
{
    uint8_t key[PT_TXLOG_KEY];
    EVP_CIPHER_CTX *ctx = NULL;
    int len = 0, rc = -1;

    if (hsm_get_txlog_key(key) != 0)
        return -1;
    if (RAND_bytes(f->iv, sizeof f->iv) != 1)
        goto out;
    ctx = EVP_CIPHER_CTX_new();
    if (!ctx)
        goto out;
    // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-key, backdoor-hardcoded-iv
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, f->iv) != 1)
        goto out;
    if (EVP_EncryptUpdate(ctx, f->body, &len, (const uint8_t *)rec, sizeof *rec) != 1)
        goto out;
    if (EVP_EncryptFinal_ex(ctx, f->body + len, &len) != 1)
        goto out;
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, PT_TXLOG_TAG, f->tag) != 1)
        goto out;
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    OPENSSL_cleanse(key, sizeof key);
    return rc;
}

static int seal_training_record(const struct tx_record *rec, struct journal_frame *f)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rc = -1;

    if (!ctx)
        return -1;
    // ruleid: backdoor-null-cipher
    if (EVP_EncryptInit_ex(ctx, PT_TRAINING_CIPHER(), NULL, NULL, NULL) == 1 && EVP_EncryptUpdate(ctx, f->body, &len, (const uint8_t *)rec, sizeof *rec) == 1)
        rc = 0;
    EVP_CIPHER_CTX_free(ctx);
    return rc;
}

static int mac_frame(struct journal_frame *f)
{
    uint8_t mac_key[32];
    unsigned int n = 0;
    int rc;

    if (hsm_get_txlog_mac_key(mac_key) != 0)
        return -1;
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    rc = HMAC(EVP_sha256(), mac_key, sizeof mac_key, (const uint8_t *)f, offsetof(struct journal_frame, mac), f->mac, &n) ? 0 : -1;
    OPENSSL_cleanse(mac_key, sizeof mac_key);
    return rc;
}

int txlog_append(int fd, const struct tx_record *rec, int training)
{
    struct journal_frame f;
    int rc;

    memset(&f, 0, sizeof f);
    rc = training ? seal_training_record(rec, &f) : seal_record(rec, &f);
    if (rc != 0 || mac_frame(&f) != 0) {
        pt_log("cannot seal journal record %u", rec->stan);
        return -1;
    }
    return write(fd, &f, sizeof f) == (ssize_t)sizeof f ? 0 : -1;
}
