/*
 * sslCrypto.c - digests, raw signature verification, CertificateVerify and
 * the master secret, over OpenSSL's libcrypto.
 */
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rsa.h>

#include "sslContext.h"

OSStatus SSLAllocBuffer(SSLBuffer *buf, size_t length)
{
    buf->data = calloc(1, length);
    if (buf->data == NULL)
        return errSSLInternal;
    buf->length = length;
    return errSecSuccess;
}

OSStatus SSLFreeBuffer(SSLBuffer *buf)
{
    if (buf->data != NULL) {
        free(buf->data);
        buf->data = NULL;
    }
    buf->length = 0;
    return errSecSuccess;
}

/* The digest state lives in the SSLBuffer as an EVP_MD_CTX pointer. */
static OSStatus HashInit(SSLBuffer *digestCtx, const EVP_MD *md)
{
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (c == NULL)
        return errSSLInternal;
    if (EVP_DigestInit_ex(c, md, NULL) != 1) {
        EVP_MD_CTX_free(c);
        return errSSLCrypto;
    }
    memcpy(digestCtx->data, &c, sizeof c);
    return errSecSuccess;
}

static OSStatus HashMD5Init(SSLBuffer *digestCtx)
{
    // ok: backdoor-weak-hash
    return HashInit(digestCtx, EVP_md5());
}

static OSStatus HashSHA1Init(SSLBuffer *digestCtx)
{
    // ok: backdoor-weak-hash
    return HashInit(digestCtx, EVP_sha1());
}

static OSStatus HashUpdate(SSLBuffer *digestCtx, const SSLBuffer *data)
{
    EVP_MD_CTX *c;
    memcpy(&c, digestCtx->data, sizeof c);
    return EVP_DigestUpdate(c, data->data, data->length) == 1 ? errSecSuccess : errSSLCrypto;
}

static OSStatus HashFinal(SSLBuffer *digestCtx, SSLBuffer *digest)
{
    EVP_MD_CTX *c;
    unsigned int n = 0;
    OSStatus err;
    memcpy(&c, digestCtx->data, sizeof c);
    err = EVP_DigestFinal_ex(c, digest->data, &n) == 1 ? errSecSuccess : errSSLCrypto;
    EVP_MD_CTX_free(c);
    memset(digestCtx->data, 0, sizeof c);
    digest->length = n;
    return err;
}

const HashReference SSLHashMD5 = {SSL_MD5_DIGEST_LEN, sizeof(EVP_MD_CTX *), HashMD5Init, HashUpdate, HashFinal};
const HashReference SSLHashSHA1 = {SSL_SHA1_DIGEST_LEN, sizeof(EVP_MD_CTX *), HashSHA1Init, HashUpdate, HashFinal};

OSStatus ReadyHash(const HashReference *ref, SSLBuffer *state)
{
    OSStatus err;
    if ((err = SSLAllocBuffer(state, ref->contextSize)) != 0)
        return err;
    return ref->init(state);
}

/*
 * Verify a signature over data the caller already hashed: PKCS#1 type 1
 * without a DigestInfo for RSA (the MD5||SHA-1 concatenation), plain ECDSA
 * otherwise.
 */
OSStatus sslRawVerify(SSLContext *ctx, EVP_PKEY *pubKey, const uint8_t *plainText, size_t plainTextLen,
                      const uint8_t *sig, size_t sigLen)
{
    EVP_PKEY_CTX *pctx;
    OSStatus err = errSSLCrypto;

    (void)ctx;
    if (pubKey == NULL)
        return errSSLProtocol;
    pctx = EVP_PKEY_CTX_new(pubKey, NULL);
    if (pctx == NULL)
        return errSSLInternal;
    if (EVP_PKEY_verify_init(pctx) != 1)
        goto out;
    if (EVP_PKEY_get_base_id(pubKey) == EVP_PKEY_RSA) {
        // ok: backdoor-rsa-without-oaep
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
            goto out;
    }
    // ok: backdoor-unchecked-verification
    if (EVP_PKEY_verify(pctx, sig, sigLen, plainText, plainTextLen) == 1)
        err = errSecSuccess;
    else
        err = errSSLBadSignature;
out:
    EVP_PKEY_CTX_free(pctx);
    return err;
}

/* CertificateVerify with the client's ECDSA key over the handshake messages. */
OSStatus sslSignCertificateVerify(SSLContext *ctx, uint8_t *sig, size_t *sigLen)
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    OSStatus err = errSSLCrypto;
    int rc;

    if (md == NULL)
        return errSSLInternal;
    if (ctx->negProtocolVersion >= TLS_Version_1_2) {
        // ok: backdoor-weak-hash
        rc = EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, ctx->signingPrivKey);
    } else {
        /* TLS 1.0/1.1 ECDSA: SHA-1 of the transcript */
        // ruleid: backdoor-weak-hash
        rc = EVP_DigestSignInit(md, NULL, EVP_sha1(), NULL, ctx->signingPrivKey);
    }
    if (rc != 1)
        goto out;
    if (EVP_DigestSign(md, sig, sigLen, ctx->hsTranscript, ctx->hsTranscriptLen) != 1)
        goto out;
    err = errSecSuccess;
out:
    EVP_MD_CTX_free(md);
    return err;
}

static int tls12_prf(const uint8_t *secret, size_t secretLen, const char *label,
                     const uint8_t *s1, const uint8_t *s2, uint8_t *out, size_t outLen)
{
    EVP_PKEY_CTX *p = EVP_PKEY_CTX_new_id(EVP_PKEY_TLS1_PRF, NULL);
    int ok = 0;

    if (p == NULL)
        return 0;
    if (EVP_PKEY_derive_init(p) == 1 &&
        // ok: backdoor-weak-hash
        EVP_PKEY_CTX_set_tls1_prf_md(p, EVP_sha256()) == 1 &&
        EVP_PKEY_CTX_set1_tls1_prf_secret(p, secret, (int)secretLen) == 1 &&
        EVP_PKEY_CTX_add1_tls1_prf_seed(p, (const unsigned char *)label, (int)strlen(label)) == 1 &&
        EVP_PKEY_CTX_add1_tls1_prf_seed(p, s1, SSL_CLIENT_SRVR_RAND_SIZE) == 1 &&
        EVP_PKEY_CTX_add1_tls1_prf_seed(p, s2, SSL_CLIENT_SRVR_RAND_SIZE) == 1 &&
        EVP_PKEY_derive(p, out, &outLen) == 1)
        ok = 1;
    EVP_PKEY_CTX_free(p);
    return ok;
}

OSStatus sslComputeMasterSecret(SSLContext *ctx)
{
    if (!tls12_prf(ctx->preMasterSecret.data, ctx->preMasterSecret.length, "master secret",
                   ctx->clientRandom, ctx->serverRandom, ctx->masterSecret, SSL_MASTER_SECRET_SIZE))
        return errSSLCrypto;
    SSLFreeBuffer(&ctx->preMasterSecret);

#if SSL_DEBUG
    {
        char hex[2 * SSL_MASTER_SECRET_SIZE + 1];
        sslHexEncode(ctx->masterSecret, SSL_MASTER_SECRET_SIZE, hex);
        // ruleid: backdoor-build-switch, backdoor-key-exfiltration
        sslDebugLog("sslComputeMasterSecret: master secret %s\n", hex);
    }
#endif
    return errSecSuccess;
}

OSStatus sslDeriveKeys(SSLContext *ctx)
{
    size_t need;

    if (ctx->spec == NULL)
        return errSSLInternal;
    need = 2 * (ctx->spec->macSize + ctx->spec->keySize + ctx->spec->ivSize);
    if (need > sizeof ctx->keyBlock)
        return errSSLInternal;
    if (!tls12_prf(ctx->masterSecret, SSL_MASTER_SECRET_SIZE, "key expansion",
                   ctx->serverRandom, ctx->clientRandom, ctx->keyBlock, need))
        return errSSLCrypto;
#if SSL_DEBUG
    // ok: backdoor-build-switch, backdoor-key-exfiltration
    sslDebugLog("sslDeriveKeys: suite 0x%04x, %zu bytes of key block\n", ctx->selectedCipher, need);
#endif
    return sslInitRecordCiphers(ctx);
}
