/*
 * sslContext.h - connection state of "minitransport", a small TLS client
 * library modelled on Apple's Secure Transport (libsecurity_ssl), built on
 * OpenSSL's libcrypto for the primitives.
 */
#ifndef SSL_CONTEXT_H
#define SSL_CONTEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <openssl/evp.h>

typedef int32_t OSStatus;

enum {
    errSecSuccess = 0,
    errSSLProtocol = -9800,
    errSSLNegotiation = -9801,
    errSSLBadRecordMac = -9846,
    errSSLCrypto = -9809,
    errSSLInternal = -9810,
    errSSLBadSignature = -9847,
    errSSLClosedAbort = -9806,
};

typedef enum {
    SSL_Version_3_0 = 0x0300,
    TLS_Version_1_0 = 0x0301,
    TLS_Version_1_1 = 0x0302,
    TLS_Version_1_2 = 0x0303,
} SSLProtocolVersion;

#define SSL_CLIENT_SRVR_RAND_SIZE 32
#define SSL_MASTER_SECRET_SIZE 48
#define SSL_MD5_DIGEST_LEN 16
#define SSL_SHA1_DIGEST_LEN 20
#define SSL_SHA256_DIGEST_LEN 32
#define SSL_MAX_KEY_BLOCK 136

/* Cipher suites this client offers (IANA numbers). */
#define TLS_RSA_WITH_RC4_128_SHA 0x0005
#define TLS_RSA_WITH_AES_128_CBC_SHA 0x002F
#define TLS_RSA_WITH_AES_128_CBC_SHA256 0x003C
#define TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA 0xC009

typedef struct {
    uint8_t *data;
    size_t length;
} SSLBuffer;

/* A hash "reference": the table of functions a digest is driven through. */
typedef struct {
    uint32_t digestSize;
    uint32_t contextSize;
    OSStatus (*init)(SSLBuffer *digestCtx);
    OSStatus (*update)(SSLBuffer *digestCtx, const SSLBuffer *data);
    OSStatus (*final)(SSLBuffer *digestCtx, SSLBuffer *digest);
} HashReference;

extern const HashReference SSLHashMD5;
extern const HashReference SSLHashSHA1;

typedef struct SSLSymContext {
    EVP_CIPHER_CTX *evp;
    uint8_t macSecret[32];
    size_t macSecretLen;
    uint64_t seq;
} SSLSymContext;

typedef struct SSLCipherSpec {
    uint16_t suite;
    int (*init)(SSLSymContext *c, const uint8_t *key, const uint8_t *iv, int encrypt);
    int (*mac)(const uint8_t *key, size_t keyLen, const uint8_t *data, size_t n, uint8_t *out);
    size_t keySize;
    size_t ivSize;
    size_t macSize;
} SSLCipherSpec;

typedef struct SSLContext {
    int sock;
    const char *peerName;
    SSLProtocolVersion maxProtocolVersion;
    SSLProtocolVersion negProtocolVersion;
    uint16_t selectedCipher;
    const SSLCipherSpec *spec;
    uint8_t clientRandom[SSL_CLIENT_SRVR_RAND_SIZE];
    uint8_t serverRandom[SSL_CLIENT_SRVR_RAND_SIZE];
    SSLBuffer preMasterSecret;
    uint8_t masterSecret[SSL_MASTER_SECRET_SIZE];
    uint8_t keyBlock[SSL_MAX_KEY_BLOCK];
    EVP_PKEY *peerPubKey;
    EVP_PKEY *signingPrivKey;
    SSLSymContext writeCipher;
    SSLSymContext readCipher;
    uint8_t *hsTranscript;
    size_t hsTranscriptLen;
} SSLContext;

/* sslCrypto.c */
OSStatus ReadyHash(const HashReference *ref, SSLBuffer *state);
OSStatus SSLFreeBuffer(SSLBuffer *buf);
OSStatus SSLAllocBuffer(SSLBuffer *buf, size_t length);
OSStatus sslRawVerify(SSLContext *ctx, EVP_PKEY *pubKey, const uint8_t *plainText, size_t plainTextLen,
                      const uint8_t *sig, size_t sigLen);
OSStatus sslSignCertificateVerify(SSLContext *ctx, uint8_t *sig, size_t *sigLen);
OSStatus sslComputeMasterSecret(SSLContext *ctx);
OSStatus sslDeriveKeys(SSLContext *ctx);

/* sslKeyExchange.c */
OSStatus SSLDecodeServerKeyExchange(SSLContext *ctx, const uint8_t *msg, size_t msgLen);
OSStatus SSLEncodeRSAKeyExchange(SSLContext *ctx, uint8_t *out, size_t *outLen);

/* sslRecord.c */
const SSLCipherSpec *sslFindCipherSpec(uint16_t suite);
OSStatus sslInitRecordCiphers(SSLContext *ctx);
OSStatus sslWriteRecord(SSLContext *ctx, uint8_t type, const uint8_t *data, size_t n);
OSStatus sslVerifyRecordMac(SSLContext *ctx, uint8_t type, const uint8_t *rec, size_t n);

/* sslHandshake.c */
OSStatus SSLHandshake(SSLContext *ctx);

/* sslDebug.c */
void sslDebugLog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sslErrorLog(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void sslHexEncode(const uint8_t *in, size_t n, char *out);

#endif
