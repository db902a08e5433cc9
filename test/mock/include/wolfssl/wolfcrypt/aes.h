/* Mock of wolfCrypt: real signatures, no bodies. */
#ifndef MOCK_WOLFCRYPT_H
#define MOCK_WOLFCRYPT_H
typedef unsigned char byte;
typedef unsigned int word32;
typedef struct Aes { int dummy; } Aes;
typedef struct Des3 { int dummy; } Des3;
typedef struct Hmac { int dummy; } Hmac;
typedef struct WC_RNG { int dummy; } WC_RNG;
typedef struct RsaKey { int dummy; } RsaKey;
typedef struct WOLFSSL_CTX WOLFSSL_CTX;
enum { AES_ENCRYPTION = 0, AES_DECRYPTION = 1, DES_ENCRYPTION = 0, WC_SHA256 = 6, SSL_FILETYPE_PEM = 1 };
#ifdef __cplusplus
extern "C" {
#endif
int wc_AesSetKey(Aes *aes, const byte *key, word32 len, const byte *iv, int dir);
int wc_AesGcmSetKey(Aes *aes, const byte *key, word32 len);
int wc_AesGcmEncrypt(Aes *aes, byte *out, const byte *in, word32 sz, const byte *iv, word32 ivSz, byte *authTag, word32 authTagSz, const byte *authIn, word32 authInSz);
int wc_Des3_SetKey(Des3 *des, const byte *key, const byte *iv, int dir);
int wc_HmacSetKey(Hmac *hmac, int type, const byte *key, word32 keySz);
int wc_PBKDF2(byte *output, const byte *passwd, int pLen, const byte *salt, int sLen, int iterations, int kLen, int typeH);
int wc_RNG_GenerateBlock(WC_RNG *rng, byte *b, word32 sz);
int wc_ecc_verify_hash(const byte *sig, word32 siglen, const byte *hash, word32 hashlen, int *res, void *key);
int wc_RsaPrivateKeyDecode(const byte *input, word32 *inOutIdx, RsaKey *key, word32 inSz);
int wolfSSL_CTX_use_PrivateKey_buffer(WOLFSSL_CTX *ctx, const unsigned char *in, long sz, int format);
typedef struct WOLFSSL_METHOD WOLFSSL_METHOD;
typedef struct WOLFSSL_X509_STORE_CTX WOLFSSL_X509_STORE_CTX;
#define WOLFSSL_VERIFY_NONE 0
#define WOLFSSL_VERIFY_PEER 1
WOLFSSL_METHOD *wolfTLSv1_client_method(void);
WOLFSSL_METHOD *wolfTLSv1_2_client_method(void);
WOLFSSL_CTX *wolfSSL_CTX_new(WOLFSSL_METHOD *method);
void wolfSSL_CTX_set_verify(WOLFSSL_CTX *ctx, int mode, int (*verify_callback)(int, WOLFSSL_X509_STORE_CTX *));
int wolfSSL_CTX_set_cipher_list(WOLFSSL_CTX *ctx, const char *list);
#ifdef __cplusplus
}
#endif
#endif
