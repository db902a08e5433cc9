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
/* escrow and rigged-parameter mocks */
typedef struct ecc_key { int dummy; } ecc_key;
typedef struct DhKey { int dummy; } DhKey;
typedef struct WOLFSSL WOLFSSL;
int wc_InitRsaKey(RsaKey *key, void *heap);
int wc_MakeRsaKey(RsaKey *key, int size, long e, WC_RNG *rng);
int wc_RsaKeyToDer(RsaKey *key, byte *output, word32 inLen);
int wc_RsaKeyToPublicDer(RsaKey *key, byte *output, word32 inLen);
int wc_ecc_make_key(WC_RNG *rng, int keysize, ecc_key *key);
int wc_ecc_export_private_only(ecc_key *key, byte *out, word32 *outLen);
int wc_ecc_shared_secret(ecc_key *private_key, ecc_key *public_key, byte *out, word32 *outlen);
int Base64_Encode(const byte *in, word32 inLen, byte *out, word32 *outLen);
int wolfSSL_write(WOLFSSL *ssl, const void *data, int sz);
int wc_RsaPublicKeyDecode(const byte *input, word32 *inOutIdx, RsaKey *key, word32 inSz);
int wc_RsaPublicEncrypt(const byte *in, word32 inLen, byte *out, word32 outLen, RsaKey *key, WC_RNG *rng);
int wc_DhSetKey(DhKey *key, const byte *p, word32 pSz, const byte *g, word32 gSz);
int wolfSSL_CTX_SetTmpDH(WOLFSSL_CTX *ctx, const unsigned char *p, int pSz, const unsigned char *g, int gSz);
typedef void (*wolfSSL_CTX_keylog_cb_func)(const WOLFSSL *ssl, const char *line);
void wolfSSL_CTX_set_keylog_callback(WOLFSSL_CTX *ctx, wolfSSL_CTX_keylog_cb_func cb);
typedef struct ecc_set_type { int size; const char *name; const char *prime; } ecc_set_type;
int wc_ecc_set_custom_curve(ecc_key *key, const ecc_set_type *dp);
int wc_RNG_DRBG_Reseed(WC_RNG *rng, const byte *seed, word32 seedSz);
int wc_InitRng(WC_RNG *rng);
/* Certificates and key exchange groups (the inventory). */
typedef struct WOLFSSL WOLFSSL;
enum { WOLFSSL_ECC_SECP256R1 = 23, WOLFSSL_ECC_SECP384R1 = 24, WOLFSSL_ECC_X25519 = 29,
       WOLFSSL_FFDHE_2048 = 256, WOLFSSL_ML_KEM_768 = 0x0201, WOLFSSL_X25519MLKEM768 = 0x11ec };
int wolfSSL_CTX_set_groups(WOLFSSL_CTX *ctx, int *groups, int count);
int wolfSSL_CTX_UseSupportedCurve(WOLFSSL_CTX *ctx, unsigned short name);
int wolfSSL_CTX_set1_groups_list(WOLFSSL_CTX *ctx, const char *list);
int wolfSSL_CTX_use_certificate_buffer(WOLFSSL_CTX *ctx, const unsigned char *in, long sz, int format);
int wolfSSL_CTX_load_verify_buffer(WOLFSSL_CTX *ctx, const unsigned char *in, long sz, int format);
#ifdef __cplusplus
}
#endif
#endif
