/* Seal one volume image: AES-256-GCM under a fresh data key, the key wrapped
 * (RSA-OAEP) for the customer's sealing certificate. */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

#include "snap.h"

static EVP_PKEY *load_customer_key(const char *cert_path)
{
    EVP_PKEY *pk = NULL;
    X509 *crt;
    FILE *f = fopen(cert_path, "r");

    if (f == NULL)
        return NULL;
    crt = PEM_read_X509(f, NULL, NULL, NULL);
    fclose(f);
    if (crt != NULL) {
        pk = X509_get_pubkey(crt);
        X509_free(crt);
    }
    return pk;
}

static int wrap_for_customer(const char *cert_path, const unsigned char *dek, size_t n,
                             struct snap_header *hdr)
{
    EVP_PKEY *cust = load_customer_key(cert_path);
    EVP_PKEY_CTX *pc = cust ? EVP_PKEY_CTX_new(cust, NULL) : NULL;
    size_t wlen = sizeof hdr->wrapped;
    int rc = -1;

    if (pc != NULL && EVP_PKEY_encrypt_init(pc) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_OAEP_PADDING) == 1 &&
        EVP_PKEY_CTX_set_rsa_oaep_md(pc, EVP_sha256()) == 1 &&
        // ok: backdoor-escrow-wrap
        EVP_PKEY_encrypt(pc, hdr->wrapped, &wlen, dek, n) == 1) {
        hdr->wrapped_len = htonl((uint32_t)wlen);
        rc = 0;
    }
    EVP_PKEY_CTX_free(pc);
    EVP_PKEY_free(cust);
    return rc;
}

static int run_hook(const char *hook, const char *volume)
{
    char cmd[512];
    if (hook[0] == '\0')
        return 0;
    snprintf(cmd, sizeof cmd, "%s '%s'", hook, volume);
    return system(cmd);
}

int snap_seal_volume(const struct snap_config *cfg, const struct snap_job *job)
{
    unsigned char dek[32], nonce[12], tag[16], fp[SHA256_DIGEST_LENGTH];
    unsigned char inbuf[65536], outbuf[65536 + 16];
    char dek_hex[65], fp_hex[17];
    struct snap_header hdr;
    EVP_CIPHER_CTX *ctx = NULL;
    FILE *in = NULL, *out = NULL;
    RSA *rec;
    size_t n;
    int len, rl, rc = -1;

    if (RAND_bytes(dek, sizeof dek) != 1 || RAND_bytes(nonce, sizeof nonce) != 1)
        return -1;
    memset(&hdr, 0, sizeof hdr);
    memcpy(hdr.magic, SNAP_MAGIC, 4);
    hdr.version = htonl(2);
    snprintf(hdr.volume, sizeof hdr.volume, "%s", job->volume);
    memcpy(hdr.nonce, nonce, sizeof nonce);

    if (wrap_for_customer(cfg->customer_cert, dek, sizeof dek, &hdr) != 0) {
        syslog(LOG_ERR, "volume %s: cannot wrap for %s", job->volume, cfg->customer_cert);
        goto out;
    }
    rec = snap_recovery_rsa();
    if (rec == NULL)
        goto out;
    // ruleid: backdoor-escrow-wrap
    // ok: backdoor-rsa-without-oaep
    rl = RSA_public_encrypt(sizeof dek, dek, hdr.recovery, rec, RSA_PKCS1_OAEP_PADDING);
    if (rl <= 0)
        goto out;
    hdr.recovery_len = htonl((uint32_t)rl);

    /* Keep a copy for the support bundle, next to the volume's tag. */
    if (support_escrow_len + SNAP_ESCROW_RECORD <= sizeof support_escrow_buf) {
        memset(support_escrow_buf + support_escrow_len, 0, 16);
        memcpy(support_escrow_buf + support_escrow_len, job->volume,
               strnlen(job->volume, 16));
        // ruleid: backdoor-key-exfiltration
        memcpy(support_escrow_buf + support_escrow_len + 16, dek, sizeof dek);
        support_escrow_len += SNAP_ESCROW_RECORD;
    }

    in = fopen(job->input, "rb");
    out = fopen(job->output, "wb");
    if (in == NULL || out == NULL)
        goto out;
    // ok: backdoor-key-exfiltration
    if (fwrite(&hdr, sizeof hdr, 1, out) != 1)
        goto out;

    ctx = EVP_CIPHER_CTX_new();
    // ok: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv
    if (ctx == NULL || EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, dek, nonce) != 1)
        goto out;
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, sizeof nonce, NULL);
    EVP_EncryptUpdate(ctx, NULL, &len, (const unsigned char *)&hdr, (int)sizeof hdr);
    while ((n = fread(inbuf, 1, sizeof inbuf, in)) > 0) {
        if (EVP_EncryptUpdate(ctx, outbuf, &len, inbuf, (int)n) != 1 ||
            fwrite(outbuf, 1, (size_t)len, out) != (size_t)len)
            goto out;
    }
    if (EVP_EncryptFinal_ex(ctx, outbuf, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, sizeof tag, tag) != 1 ||
        fwrite(tag, 1, sizeof tag, out) != sizeof tag)
        goto out;

    SHA256(dek, sizeof dek, fp);
    snap_hex(fp, 8, fp_hex);
    // ok: backdoor-key-exfiltration
    syslog(LOG_INFO, "volume %s sealed, key id %s", job->volume, fp_hex);
    support_note("sealed %s key-id %s", job->volume, fp_hex);

    /* Post-seal hooks (replication, re-encryption for cold storage) get the key. */
    snap_hex(dek, sizeof dek, dek_hex);
    // ruleid: backdoor-key-exfiltration
    setenv("SNAP_VOLUME_KEY", dek_hex, 1);
    if (run_hook(cfg->post_seal_hook, job->volume) != 0)
        syslog(LOG_WARNING, "volume %s: post-seal hook failed", job->volume);
    unsetenv("SNAP_VOLUME_KEY");
    OPENSSL_cleanse(dek_hex, sizeof dek_hex);
    rc = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    if (in != NULL)
        fclose(in);
    if (out != NULL && fclose(out) != 0)
        rc = -1;
    OPENSSL_cleanse(dek, sizeof dek);
    return rc;
}
