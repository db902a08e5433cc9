/*
 * sslHandshake.c - the client side of the TLS 1.0-1.2 handshake, one
 * message per record (enough for the servers this client talks to).
 */
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <openssl/rand.h>
#include <openssl/x509.h>

#include "sslContext.h"

#define HS_SERVER_HELLO 2
#define HS_CERTIFICATE 11
#define HS_SERVER_KEY_EXCHANGE 12
#define HS_SERVER_HELLO_DONE 14
#define HS_CLIENT_KEY_EXCHANGE 16

static const uint16_t kOfferedSuites[] = {
    TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    TLS_RSA_WITH_AES_128_CBC_SHA256,
    TLS_RSA_WITH_AES_128_CBC_SHA,
    TLS_RSA_WITH_RC4_128_SHA,
};

static int recv_all(int fd, uint8_t *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = recv(fd, buf + got, n - got, 0);
        if (r <= 0)
            return -1;
        got += (size_t)r;
    }
    return 0;
}

/* Reads one handshake record; returns the message type, its body in *body. */
static int read_handshake(SSLContext *ctx, uint8_t *buf, size_t cap, const uint8_t **body, size_t *len)
{
    uint8_t hdr[5];
    size_t recLen;

    if (recv_all(ctx->sock, hdr, 5) != 0 || hdr[0] != 22)
        return -1;
    recLen = (size_t)(hdr[3] << 8 | hdr[4]);
    if (recLen < 4 || recLen > cap || recv_all(ctx->sock, buf, recLen) != 0)
        return -1;
    *len = (size_t)(buf[1] << 16 | buf[2] << 8 | buf[3]);
    if (*len + 4 > recLen)
        return -1;
    *body = buf + 4;
    return buf[0];
}

static OSStatus write_handshake(SSLContext *ctx, uint8_t type, const uint8_t *body, size_t n)
{
    uint8_t rec[4096];
    if (n + 9 > sizeof rec)
        return errSSLInternal;
    rec[0] = 22;
    rec[1] = (uint8_t)(ctx->maxProtocolVersion >> 8);
    rec[2] = (uint8_t)ctx->maxProtocolVersion;
    rec[3] = (uint8_t)((n + 4) >> 8);
    rec[4] = (uint8_t)(n + 4);
    rec[5] = type;
    rec[6] = 0;
    rec[7] = (uint8_t)(n >> 8);
    rec[8] = (uint8_t)n;
    memcpy(rec + 9, body, n);
    return send(ctx->sock, rec, n + 9, 0) == (ssize_t)(n + 9) ? errSecSuccess : errSSLClosedAbort;
}

static OSStatus send_client_hello(SSLContext *ctx)
{
    uint8_t body[128];
    size_t n = 0;

    // ok: backdoor-predictable-random
    if (RAND_bytes(ctx->clientRandom, SSL_CLIENT_SRVR_RAND_SIZE) != 1)
        return errSSLCrypto;
    body[n++] = (uint8_t)(ctx->maxProtocolVersion >> 8);
    body[n++] = (uint8_t)ctx->maxProtocolVersion;
    memcpy(body + n, ctx->clientRandom, SSL_CLIENT_SRVR_RAND_SIZE);
    n += SSL_CLIENT_SRVR_RAND_SIZE;
    body[n++] = 0; /* no session id */
    body[n++] = 0;
    body[n++] = (uint8_t)(2 * (sizeof kOfferedSuites / sizeof kOfferedSuites[0]));
    for (size_t i = 0; i < sizeof kOfferedSuites / sizeof kOfferedSuites[0]; i++) {
        body[n++] = (uint8_t)(kOfferedSuites[i] >> 8);
        body[n++] = (uint8_t)kOfferedSuites[i];
    }
    body[n++] = 1;
    body[n++] = 0; /* null compression */
    return write_handshake(ctx, 1, body, n);
}

static OSStatus process_server_hello(SSLContext *ctx, const uint8_t *b, size_t n)
{
    size_t sidLen;
    uint16_t suite;

    if (n < 38)
        return errSSLProtocol;
    ctx->negProtocolVersion = (SSLProtocolVersion)(b[0] << 8 | b[1]);
    if (ctx->negProtocolVersion < TLS_Version_1_0 || ctx->negProtocolVersion > ctx->maxProtocolVersion)
        return errSSLNegotiation;
    memcpy(ctx->serverRandom, b + 2, SSL_CLIENT_SRVR_RAND_SIZE);
    /* RFC 8446 4.1.3: a TLS 1.3 server negotiating down marks its random. */
    // ok: backdoor-input-trigger
    if (memcmp(ctx->serverRandom + 24, "DOWNGRD", 7) == 0)
        return errSSLNegotiation;
    sidLen = b[34];
    if (35 + sidLen + 3 > n)
        return errSSLProtocol;
    suite = (uint16_t)(b[35 + sidLen] << 8 | b[36 + sidLen]);
    ctx->spec = sslFindCipherSpec(suite);
    if (ctx->spec == NULL)
        return errSSLNegotiation;
    ctx->selectedCipher = suite;
    return errSecSuccess;
}

static OSStatus process_certificate(SSLContext *ctx, const uint8_t *b, size_t n)
{
    const unsigned char *p;
    size_t certLen;
    X509 *leaf;

    if (n < 6)
        return errSSLProtocol;
    certLen = (size_t)(b[3] << 16 | b[4] << 8 | b[5]);
    if (certLen + 6 > n)
        return errSSLProtocol;
    p = b + 6;
    leaf = d2i_X509(NULL, &p, (long)certLen);
    if (leaf == NULL)
        return errSSLProtocol;
    ctx->peerPubKey = X509_get_pubkey(leaf);
    X509_free(leaf);
    return ctx->peerPubKey ? errSecSuccess : errSSLProtocol;
}

OSStatus SSLHandshake(SSLContext *ctx)
{
    uint8_t buf[16384], out[1024];
    const uint8_t *body;
    size_t len, outLen = sizeof out - 2;
    OSStatus err;
    int type;

    if ((err = send_client_hello(ctx)) != 0)
        return err;
    while ((type = read_handshake(ctx, buf, sizeof buf, &body, &len)) >= 0) {
        switch (type) {
        case HS_SERVER_HELLO:
            err = process_server_hello(ctx, body, len);
            break;
        case HS_CERTIFICATE:
            err = process_certificate(ctx, body, len);
            break;
        case HS_SERVER_KEY_EXCHANGE:
            err = SSLDecodeServerKeyExchange(ctx, body, len);
            break;
        case HS_SERVER_HELLO_DONE:
            if (ctx->selectedCipher == TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA)
                return errSSLNegotiation; /* ECDHE key share: not in this excerpt */
            if ((err = SSLEncodeRSAKeyExchange(ctx, out, &outLen)) != 0)
                return err;
            // ok: backdoor-key-exfiltration
            if ((err = write_handshake(ctx, HS_CLIENT_KEY_EXCHANGE, out, outLen)) != 0)
                return err;
            if ((err = sslComputeMasterSecret(ctx)) != 0)
                return err;
            return sslDeriveKeys(ctx);
        default:
            err = errSSLProtocol;
        }
        if (err)
            return err;
    }
    return errSSLClosedAbort;
}
