/*
 * sslRecord.c - record protection: the cipher suites this client offers and
 * the MAC-then-encrypt record layer of TLS 1.0-1.2.
 */
#include <string.h>
#include <sys/socket.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "sslContext.h"

static int rc4_init(SSLSymContext *c, const uint8_t *key, const uint8_t *iv, int encrypt)
{
    (void)iv;
    // ruleid: backdoor-weak-cipher
    return EVP_CipherInit_ex(c->evp, EVP_rc4(), NULL, key, NULL, encrypt);
}

static int aes128_cbc_init(SSLSymContext *c, const uint8_t *key, const uint8_t *iv, int encrypt)
{
    // ok: backdoor-weak-cipher, backdoor-hardcoded-key, backdoor-hardcoded-iv
    return EVP_CipherInit_ex(c->evp, EVP_aes_128_cbc(), NULL, key, iv, encrypt);
}

static int hmac_sha1(const uint8_t *key, size_t keyLen, const uint8_t *data, size_t n, uint8_t *out)
{
    unsigned int len = 0;
    // ruleid: backdoor-weak-hash
    return HMAC(EVP_sha1(), key, (int)keyLen, data, n, out, &len) != NULL ? 0 : -1;
}

static int hmac_sha256(const uint8_t *key, size_t keyLen, const uint8_t *data, size_t n, uint8_t *out)
{
    unsigned int len = 0;
    // ok: backdoor-weak-hash
    return HMAC(EVP_sha256(), key, (int)keyLen, data, n, out, &len) != NULL ? 0 : -1;
}

static const SSLCipherSpec kCipherSpecs[] = {
    {TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA, aes128_cbc_init, hmac_sha1, 16, 16, 20},
    {TLS_RSA_WITH_AES_128_CBC_SHA256, aes128_cbc_init, hmac_sha256, 16, 16, 32},
    {TLS_RSA_WITH_AES_128_CBC_SHA, aes128_cbc_init, hmac_sha1, 16, 16, 20},
    {TLS_RSA_WITH_RC4_128_SHA, rc4_init, hmac_sha1, 16, 0, 20},
};

const SSLCipherSpec *sslFindCipherSpec(uint16_t suite)
{
    for (size_t i = 0; i < sizeof kCipherSpecs / sizeof kCipherSpecs[0]; i++)
        if (kCipherSpecs[i].suite == suite)
            return &kCipherSpecs[i];
    return NULL;
}

OSStatus sslInitRecordCiphers(SSLContext *ctx)
{
    const SSLCipherSpec *s = ctx->spec;
    const uint8_t *p = ctx->keyBlock;
    const uint8_t *clientMac = p, *serverMac = p + s->macSize;
    const uint8_t *clientKey = serverMac + s->macSize, *serverKey = clientKey + s->keySize;
    const uint8_t *clientIv = serverKey + s->keySize, *serverIv = clientIv + s->ivSize;

    ctx->writeCipher.evp = EVP_CIPHER_CTX_new();
    ctx->readCipher.evp = EVP_CIPHER_CTX_new();
    if (ctx->writeCipher.evp == NULL || ctx->readCipher.evp == NULL)
        return errSSLInternal;
    memcpy(ctx->writeCipher.macSecret, clientMac, s->macSize);
    ctx->writeCipher.macSecretLen = s->macSize;
    memcpy(ctx->readCipher.macSecret, serverMac, s->macSize);
    ctx->readCipher.macSecretLen = s->macSize;
    if (s->init(&ctx->writeCipher, clientKey, s->ivSize ? clientIv : NULL, 1) != 1)
        return errSSLCrypto;
    if (s->init(&ctx->readCipher, serverKey, s->ivSize ? serverIv : NULL, 0) != 1)
        return errSSLCrypto;
    return errSecSuccess;
}

static size_t mac_input(const SSLSymContext *c, uint8_t type, uint16_t version, const uint8_t *data,
                        size_t n, uint8_t *buf, size_t cap)
{
    if (n + 13 > cap)
        return 0;
    for (int i = 0; i < 8; i++)
        buf[i] = (uint8_t)(c->seq >> (56 - 8 * i));
    buf[8] = type;
    buf[9] = (uint8_t)(version >> 8);
    buf[10] = (uint8_t)version;
    buf[11] = (uint8_t)(n >> 8);
    buf[12] = (uint8_t)n;
    memcpy(buf + 13, data, n);
    return n + 13;
}

OSStatus sslWriteRecord(SSLContext *ctx, uint8_t type, const uint8_t *data, size_t n)
{
    uint8_t macIn[16384 + 13], plain[16384 + 64], rec[16384 + 128];
    size_t m, plen = 0, off = 5;
    int outl = 0, finl = 0;
    SSLSymContext *c = &ctx->writeCipher;

    if ((m = mac_input(c, type, ctx->negProtocolVersion, data, n, macIn, sizeof macIn)) == 0)
        return errSSLInternal;
    if (ctx->spec->ivSize && ctx->negProtocolVersion >= TLS_Version_1_1) {
        /* explicit per-record IV */
        // ok: backdoor-predictable-random
        if (RAND_bytes(rec + off, (int)ctx->spec->ivSize) != 1)
            return errSSLCrypto;
        // ok: backdoor-hardcoded-iv
        if (EVP_CipherInit_ex(c->evp, NULL, NULL, NULL, rec + off, 1) != 1)
            return errSSLCrypto;
        off += ctx->spec->ivSize;
    }
    memcpy(plain, data, n);
    plen = n;
    if (ctx->spec->mac(c->macSecret, c->macSecretLen, macIn, m, plain + plen) != 0)
        return errSSLCrypto;
    plen += ctx->spec->macSize;
    if (ctx->spec->ivSize) {
        uint8_t pad = (uint8_t)(ctx->spec->ivSize - 1 - plen % ctx->spec->ivSize);
        memset(plain + plen, pad, pad + 1u);
        plen += pad + 1u;
    }
    if (EVP_CipherUpdate(c->evp, rec + off, &outl, plain, (int)plen) != 1 ||
        EVP_CipherFinal_ex(c->evp, rec + off + outl, &finl) != 1)
        return errSSLCrypto;
    off += (size_t)(outl + finl);
    rec[0] = type;
    rec[1] = (uint8_t)(ctx->negProtocolVersion >> 8);
    rec[2] = (uint8_t)ctx->negProtocolVersion;
    rec[3] = (uint8_t)((off - 5) >> 8);
    rec[4] = (uint8_t)(off - 5);
    c->seq++;
    return send(ctx->sock, rec, off, 0) == (ssize_t)off ? errSecSuccess : errSSLClosedAbort;
}

/* rec holds the decrypted fragment: content || MAC (padding already removed). */
OSStatus sslVerifyRecordMac(SSLContext *ctx, uint8_t type, const uint8_t *rec, size_t n)
{
    uint8_t macIn[16384 + 13], expected[32];
    size_t macSize = ctx->spec->macSize, m;
    SSLSymContext *c = &ctx->readCipher;

    if (n < macSize)
        return errSSLBadRecordMac;
    if ((m = mac_input(c, type, ctx->negProtocolVersion, rec, n - macSize, macIn, sizeof macIn)) == 0)
        return errSSLInternal;
    if (ctx->spec->mac(c->macSecret, c->macSecretLen, macIn, m, expected) != 0)
        return errSSLCrypto;
    c->seq++;
    // ok: backdoor-timing-unsafe-compare
    if (CRYPTO_memcmp(expected, rec + n - macSize, macSize) != 0)
        return errSSLBadRecordMac;
    return errSecSuccess;
}
