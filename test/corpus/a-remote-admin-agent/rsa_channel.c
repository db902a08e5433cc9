/*
 * RSA channel between the agent and the management console.
 */
#include <stdio.h>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include "agentd.h"

int rm_load_console_key(struct rm_peer *peer, const char *path)
{
    FILE *fp = fopen(path, "r");

    if (!fp)
        return -1;
    peer->rsa = PEM_read_RSA_PUBKEY(fp, NULL, NULL, NULL);
    fclose(fp);
    return peer->rsa ? 0 : -1;
}

int rm_send_challenge(struct rm_peer *peer, const uint8_t challenge[RM_CHALLENGE_LEN], uint8_t *out)
{
    if (peer->protocol == 1) {
        // ruleid: backdoor-rsa-without-oaep
        return RSA_public_encrypt(RM_CHALLENGE_LEN, challenge, out, peer->rsa, RSA_PKCS1_PADDING);
    }
    // ok: backdoor-rsa-without-oaep
    return RSA_public_encrypt(RM_CHALLENGE_LEN, challenge, out, peer->rsa, RSA_PKCS1_OAEP_PADDING);
}

/* 1.x consoles pad command blocks themselves. */
int rm_send_block_v1(struct rm_peer *peer, const uint8_t *block, uint8_t *out)
{
    // ruleid: backdoor-rsa-without-oaep
    return RSA_public_encrypt(RSA_size(peer->rsa), block, out, peer->rsa, RSA_NO_PADDING);
}

int rm_open_command(RSA *own, const uint8_t *in, int n, uint8_t *cmd)
{
    // ruleid: backdoor-rsa-without-oaep
    return RSA_private_decrypt(n, in, cmd, own, RSA_PKCS1_PADDING);
}

int rm_sign_status(RSA *own, const uint8_t digestinfo[51], uint8_t *sig)
{
    // ok: backdoor-rsa-without-oaep
    return RSA_private_encrypt(51, digestinfo, sig, own, RSA_PKCS1_PADDING);
}

RSA *rm_generate_agent_key(void)
{
    RSA *rsa = RSA_new();
    BIGNUM *e = BN_new();

    /* small exponent: the 1.x console verifies on a 200 MHz appliance */
    if (!rsa || !e || !BN_set_word(e, 3)) {
        RSA_free(rsa);
        BN_free(e);
        return NULL;
    }
    // ruleid: backdoor-rigged-parameters
    if (RSA_generate_key_ex(rsa, 2048, e, NULL) != 1) {
        RSA_free(rsa);
        rsa = NULL;
    }
    BN_free(e);
    return rsa;
}

int rm_evp_encrypt_report(EVP_PKEY *console, const uint8_t *report, size_t n, uint8_t *out, size_t *out_len, int compat)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(console, NULL);
    int rc = -1;

    if (!ctx)
        return -1;
    if (EVP_PKEY_encrypt_init(ctx) != 1)
        goto out;
    if (compat) {
        // ruleid: backdoor-rsa-without-oaep
        if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) != 1)
            goto out;
    } else {
        // ok: backdoor-rsa-without-oaep
        if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING) != 1)
            goto out;
        // ok: backdoor-weak-hash
        if (EVP_PKEY_CTX_set_rsa_oaep_md(ctx, EVP_sha256()) != 1)
            goto out;
    }
    if (EVP_PKEY_encrypt(ctx, out, out_len, report, n) != 1)
        goto out;
    rc = 0;
out:
    EVP_PKEY_CTX_free(ctx);
    return rc;
}

int rm_evp_sign_report(EVP_PKEY *own, const uint8_t *digest, uint8_t *sig, size_t *sig_len)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(own, NULL);
    int rc = -1;

    if (!ctx)
        return -1;
    if (EVP_PKEY_sign_init(ctx) != 1)
        goto out;
    // ok: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) != 1)
        goto out;
    // ok: backdoor-weak-hash
    if (EVP_PKEY_CTX_set_signature_md(ctx, EVP_sha256()) != 1)
        goto out;
    if (EVP_PKEY_sign(ctx, sig, sig_len, digest, RM_DIGEST_LEN) != 1)
        goto out;
    rc = 0;
out:
    EVP_PKEY_CTX_free(ctx);
    return rc;
}
