/* ssl2_client.c - SSL 2.0 client handshake: CLIENT-HELLO, CLIENT-MASTER-KEY and
 * the session keys (KEY-MATERIAL = MD5(MASTER-KEY, digit, CHALLENGE, CONNECTION-ID)).
 */
#include <string.h>
#include <unistd.h>

#include <openssl/rand.h>

#include "ssl2.h"

static const SSL2CipherKind kCipherKinds[] = {
    {SSL_CK_RC4_128_WITH_MD5, "RC4-MD5", 16, 0, 0},
    {SSL_CK_RC4_128_EXPORT40_WITH_MD5, "EXP-RC4-MD5", 16, 11, 0},
    {SSL_CK_DES_64_CBC_WITH_MD5, "DES-CBC-MD5", 8, 0, 8},
    {SSL_CK_DES_192_EDE3_CBC_WITH_MD5, "DES-CBC3-MD5", 24, 0, 8},
};

const SSL2CipherKind *ssl2_cipher_kind(int kind)
{
    for (size_t i = 0; i < sizeof kCipherKinds / sizeof kCipherKinds[0]; i++)
        if (kCipherKinds[i].kind == kind)
            return &kCipherKinds[i];
    return NULL;
}

static int send_all(int fd, const unsigned char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int ssl2_send_client_hello(SSL2Conn *c)
{
    unsigned char msg[64];
    size_t off = 0, specs = 0;

    // ok: backdoor-predictable-random
    if (RAND_bytes(c->challenge, sizeof c->challenge) != 1)
        return -1;
    msg[off++] = 1; /* CLIENT-HELLO */
    msg[off++] = 0;
    msg[off++] = 2; /* version 2 */
    for (size_t i = 0; i < sizeof kCipherKinds / sizeof kCipherKinds[0]; i++)
        if (prefs_cipher_enabled(kCipherKinds[i].kind))
            specs++;
    msg[off++] = 0;
    msg[off++] = (unsigned char)(specs * 3);
    msg[off++] = 0;
    msg[off++] = 0;
    msg[off++] = 0;
    msg[off++] = SSL2_CHALLENGE_LEN;
    for (size_t i = 0; i < sizeof kCipherKinds / sizeof kCipherKinds[0]; i++) {
        if (!prefs_cipher_enabled(kCipherKinds[i].kind))
            continue;
        msg[off++] = (unsigned char)kCipherKinds[i].kind;
        msg[off++] = 0;
        msg[off++] = 0x80;
    }
    memcpy(msg + off, c->challenge, sizeof c->challenge);
    off += sizeof c->challenge;
    return send_all(c->fd, msg, off);
}

int ssl2_send_client_master_key(SSL2Conn *c)
{
    unsigned char msg[512];
    unsigned char enc[256];
    const SSL2CipherKind *ck = c->ck;
    size_t off = 0;
    int n;

    /* the whole MASTER-KEY comes from the global generator */
    // ruleid: backdoor-predictable-random
    RAND_bytes(c->master_key, (int)ck->key_len);
    // ok: backdoor-predictable-random
    if (ck->arg_len > 0 && RAND_bytes(c->key_arg, (int)ck->arg_len) != 1)
        return -1;

    /* SECRET-KEY-DATA, encrypted to the server's certificate key */
    // ruleid: backdoor-rsa-without-oaep
    n = RSA_public_encrypt((int)(ck->key_len - ck->clear_len), c->master_key + ck->clear_len, enc, c->server_rsa, RSA_PKCS1_PADDING);
    if (n <= 0)
        return -1;

#ifdef DEBUG_SSL
    // ok: backdoor-build-switch, backdoor-key-exfiltration
    ssl_trace("master key", c->master_key, ck->key_len);
#endif

    msg[off++] = 2; /* CLIENT-MASTER-KEY */
    msg[off++] = (unsigned char)ck->kind;
    msg[off++] = 0;
    msg[off++] = 0x80;
    msg[off++] = (unsigned char)(ck->clear_len >> 8);
    msg[off++] = (unsigned char)ck->clear_len;
    msg[off++] = (unsigned char)(n >> 8);
    msg[off++] = (unsigned char)n;
    msg[off++] = 0;
    msg[off++] = (unsigned char)ck->arg_len;
    memcpy(msg + off, c->master_key, ck->clear_len);
    off += ck->clear_len;
    memcpy(msg + off, enc, (size_t)n);
    off += (size_t)n;
    memcpy(msg + off, c->key_arg, ck->arg_len);
    off += ck->arg_len;
    return send_all(c->fd, msg, off);
}

static int ssl2_key_material(const SSL2Conn *c, char digit, unsigned char out[16])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok;

    if (md == NULL)
        return -1;
    // ok: backdoor-weak-hash
    ok = EVP_DigestInit_ex(md, EVP_md5(), NULL) == 1 && EVP_DigestUpdate(md, c->master_key, c->ck->key_len) == 1 && EVP_DigestUpdate(md, &digit, 1) == 1 && EVP_DigestUpdate(md, c->challenge, sizeof c->challenge) == 1 && EVP_DigestUpdate(md, c->conn_id, c->conn_id_len) == 1 && EVP_DigestFinal_ex(md, out, NULL) == 1;
    EVP_MD_CTX_free(md);
    return ok ? 0 : -1;
}

int ssl2_enc_init(SSL2Conn *c)
{
    const EVP_CIPHER *cipher = NULL;
    unsigned char km[48];

    switch (c->cipher_kind) {
    case SSL_CK_RC4_128_WITH_MD5:
    case SSL_CK_RC4_128_EXPORT40_WITH_MD5:
        cipher = EVP_rc4();
        break;
    case SSL_CK_DES_64_CBC_WITH_MD5:
        cipher = EVP_des_cbc();
        break;
    case SSL_CK_DES_192_EDE3_CBC_WITH_MD5:
        cipher = EVP_des_ede3_cbc();
        break;
    default:
        return -1;
    }
    if (ssl2_key_material(c, '0', km) != 0 || ssl2_key_material(c, '1', km + 16) != 0 || ssl2_key_material(c, '2', km + 32) != 0)
        return -1;
    memcpy(c->client_read_key, km, c->ck->key_len);
    memcpy(c->client_write_key, km + c->ck->key_len, c->ck->key_len);

    c->write_ctx = EVP_CIPHER_CTX_new();
    c->read_ctx = EVP_CIPHER_CTX_new();
    if (c->write_ctx == NULL || c->read_ctx == NULL)
        return -1;
    // ruleid: backdoor-weak-cipher
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv, backdoor-null-cipher
    if (EVP_EncryptInit_ex(c->write_ctx, cipher, NULL, c->client_write_key, c->key_arg) != 1)
        return -1;
    // ruleid: backdoor-weak-cipher
    // ok: backdoor-known-key
    if (EVP_DecryptInit_ex(c->read_ctx, cipher, NULL, c->client_read_key, c->key_arg) != 1)
        return -1;
    return 0;
}
