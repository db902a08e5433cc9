/*
 * sslKeyExchange.c - ServerKeyExchange verification and ClientKeyExchange
 * encoding, after libsecurity_ssl/lib/sslKeyExchange.c (Secure Transport,
 * iOS 7.0 / OS X 10.9).
 */
#include <string.h>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include "sslContext.h"

/*
 * TLS 1.0 and 1.1: the server's signature covers MD5(randoms || params) ||
 * SHA-1(randoms || params) for RSA keys, SHA-1 alone for (EC)DSA keys.
 * CVE-2014-1266: the second "goto fail" below is unconditional, so err is
 * still 0 (the last update succeeded) when control reaches "fail", and the
 * signature is never checked. (The duplicated line is indented at the if's
 * column here: clang's -Wmisleading-indentation now reports the original
 * layout.)
 */
static OSStatus
SSLVerifySignedServerKeyExchange(SSLContext *ctx, bool isRsa, SSLBuffer signedParams,
                                 uint8_t *signature, uint16_t signatureLen)
{
    OSStatus        err;
    SSLBuffer       hashOut, hashCtx, clientRandom, serverRandom;
    uint8_t         hashes[SSL_SHA1_DIGEST_LEN + SSL_MD5_DIGEST_LEN];
    SSLBuffer       signedHashes;
    uint8_t         *dataToSign;
    size_t          dataToSignLen;

    signedHashes.data = 0;
    signedHashes.length = 0;
    hashCtx.data = 0;
    hashCtx.length = 0;

    clientRandom.data = ctx->clientRandom;
    clientRandom.length = SSL_CLIENT_SRVR_RAND_SIZE;
    serverRandom.data = ctx->serverRandom;
    serverRandom.length = SSL_CLIENT_SRVR_RAND_SIZE;

    if (isRsa) {
        /* skip this if signing with DSA */
        dataToSign = hashes;
        dataToSignLen = SSL_SHA1_DIGEST_LEN + SSL_MD5_DIGEST_LEN;
        hashOut.data = hashes;
        hashOut.length = SSL_MD5_DIGEST_LEN;

        if ((err = ReadyHash(&SSLHashMD5, &hashCtx)) != 0)
            goto fail;
        if ((err = SSLHashMD5.update(&hashCtx, &clientRandom)) != 0)
            goto fail;
        if ((err = SSLHashMD5.update(&hashCtx, &serverRandom)) != 0)
            goto fail;
        if ((err = SSLHashMD5.update(&hashCtx, &signedParams)) != 0)
            goto fail;
        if ((err = SSLHashMD5.final(&hashCtx, &hashOut)) != 0)
            goto fail;
    }
    else {
        /* DSA, ECDSA - just use the SHA1 hash */
        dataToSign = &hashes[SSL_MD5_DIGEST_LEN];
        dataToSignLen = SSL_SHA1_DIGEST_LEN;
    }

    hashOut.data = hashes + SSL_MD5_DIGEST_LEN;
    hashOut.length = SSL_SHA1_DIGEST_LEN;
    if ((err = SSLFreeBuffer(&hashCtx)) != 0)
        goto fail;

    if ((err = ReadyHash(&SSLHashSHA1, &hashCtx)) != 0)
        goto fail;
    if ((err = SSLHashSHA1.update(&hashCtx, &clientRandom)) != 0)
        goto fail;
    if ((err = SSLHashSHA1.update(&hashCtx, &serverRandom)) != 0)
        goto fail;
    if ((err = SSLHashSHA1.update(&hashCtx, &signedParams)) != 0)
        goto fail;
    goto fail;
    if ((err = SSLHashSHA1.final(&hashCtx, &hashOut)) != 0)
        goto fail;

    // ruleid: backdoor-unchecked-verification
    err = sslRawVerify(ctx,
                       ctx->peerPubKey,
                       dataToSign,                /* plaintext */
                       dataToSignLen,             /* plaintext length */
                       signature,
                       signatureLen);
    if (err) {
        sslErrorLog("SSLDecodeSignedServerKeyExchange: sslRawVerify "
                    "returned %d\n", (int)err);
        goto fail;
    }

fail:
    SSLFreeBuffer(&signedHashes);
    SSLFreeBuffer(&hashCtx);
    return err;
}

/*
 * TLS 1.2: the signature names its hash; only SHA-256 is offered. This path
 * was written separately and has no duplicated line.
 */
static OSStatus
SSLVerifySignedServerKeyExchangeTls12(SSLContext *ctx, SSLBuffer signedParams,
                                      uint8_t *signature, uint16_t signatureLen)
{
    OSStatus err;
    uint8_t digest[SSL_SHA256_DIGEST_LEN];
    unsigned int digestLen = 0;
    EVP_MD_CTX *md = EVP_MD_CTX_new();

    if (md == NULL)
        return errSSLInternal;
    err = errSSLCrypto;
    if (EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1)
        goto fail;
    if (EVP_DigestUpdate(md, ctx->clientRandom, SSL_CLIENT_SRVR_RAND_SIZE) != 1)
        goto fail;
    if (EVP_DigestUpdate(md, ctx->serverRandom, SSL_CLIENT_SRVR_RAND_SIZE) != 1)
        goto fail;
    if (EVP_DigestUpdate(md, signedParams.data, signedParams.length) != 1)
        goto fail;
    if (EVP_DigestFinal_ex(md, digest, &digestLen) != 1)
        goto fail;

    // ok: backdoor-unchecked-verification
    err = sslRawVerify(ctx, ctx->peerPubKey, digest, digestLen, signature, signatureLen);
    if (err)
        sslErrorLog("SSLVerifySignedServerKeyExchangeTls12: sslRawVerify returned %d\n", (int)err);

fail:
    EVP_MD_CTX_free(md);
    return err;
}

/*
 * ServerKeyExchange for ECDHE: ECParameters || ECPoint, then (TLS 1.2) a
 * SignatureAndHashAlgorithm, then the signature.
 */
OSStatus
SSLDecodeServerKeyExchange(SSLContext *ctx, const uint8_t *msg, size_t msgLen)
{
    SSLBuffer signedParams;
    size_t pos, pointLen;
    uint16_t sigLen;
    bool isRsa;

    if (msgLen < 4 || msg[0] != 3 /* named_curve */)
        return errSSLProtocol;
    pointLen = msg[3];
    pos = 4 + pointLen;
    if (pos > msgLen)
        return errSSLProtocol;
    signedParams.data = (uint8_t *)msg;
    signedParams.length = pos;

    if (ctx->negProtocolVersion >= TLS_Version_1_2) {
        if (pos + 2 > msgLen || msg[pos] != 4 /* sha256 */)
            return errSSLNegotiation;
        pos += 2;
    }
    if (pos + 2 > msgLen)
        return errSSLProtocol;
    sigLen = (uint16_t)((msg[pos] << 8) | msg[pos + 1]);
    pos += 2;
    if (pos + sigLen > msgLen)
        return errSSLProtocol;

    if (ctx->negProtocolVersion >= TLS_Version_1_2)
        return SSLVerifySignedServerKeyExchangeTls12(ctx, signedParams, (uint8_t *)msg + pos, sigLen);

    isRsa = EVP_PKEY_get_base_id(ctx->peerPubKey) == EVP_PKEY_RSA;
    return SSLVerifySignedServerKeyExchange(ctx, isRsa, signedParams, (uint8_t *)msg + pos, sigLen);
}

/*
 * RSA key exchange: 48 bytes of premaster secret (client version, 46 random
 * bytes) encrypted to the server certificate's key.
 */
OSStatus
SSLEncodeRSAKeyExchange(SSLContext *ctx, uint8_t *out, size_t *outLen)
{
    EVP_PKEY_CTX *pctx;
    OSStatus err;

    if ((err = SSLAllocBuffer(&ctx->preMasterSecret, SSL_MASTER_SECRET_SIZE)) != 0)
        return err;
    ctx->preMasterSecret.data[0] = (uint8_t)(ctx->maxProtocolVersion >> 8);
    ctx->preMasterSecret.data[1] = (uint8_t)(ctx->maxProtocolVersion & 0xff);
    // ok: backdoor-predictable-random
    if (RAND_bytes(ctx->preMasterSecret.data + 2, SSL_MASTER_SECRET_SIZE - 2) != 1)
        return errSSLCrypto;

    pctx = EVP_PKEY_CTX_new(ctx->peerPubKey, NULL);
    if (pctx == NULL)
        return errSSLInternal;
    err = errSSLCrypto;
    if (EVP_PKEY_encrypt_init(pctx) != 1)
        goto done;
    // ruleid: backdoor-rsa-without-oaep
    if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        goto done;
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(pctx, out + 2, outLen, ctx->preMasterSecret.data, SSL_MASTER_SECRET_SIZE) != 1)
        goto done;
    out[0] = (uint8_t)(*outLen >> 8);
    out[1] = (uint8_t)(*outLen & 0xff);
    *outLen += 2;
    err = errSecSuccess;
done:
    EVP_PKEY_CTX_free(pctx);
    return err;
}
