/* Mock of libgcrypt: real signatures, no bodies. */
#ifndef MOCK_GCRYPT_H
#define MOCK_GCRYPT_H
#include <stddef.h>
typedef struct gcry_cipher_handle *gcry_cipher_hd_t;
typedef struct gcry_md_handle *gcry_md_hd_t;
typedef unsigned int gcry_error_t;
enum gcry_random_level { GCRY_WEAK_RANDOM = 0, GCRY_STRONG_RANDOM = 1, GCRY_VERY_STRONG_RANDOM = 2 };
enum { GCRY_CIPHER_AES256 = 9, GCRY_CIPHER_MODE_CBC = 3, GCRY_KDF_PBKDF2 = 34, GCRY_MD_SHA256 = 8 };
enum gcry_cipher_algos {
  GCRY_CIPHER_IDEA = 1, GCRY_CIPHER_3DES = 2, GCRY_CIPHER_CAST5 = 3, GCRY_CIPHER_BLOWFISH = 4,
  GCRY_CIPHER_AES = 7, GCRY_CIPHER_AES192 = 8, GCRY_CIPHER_TWOFISH = 10,
  GCRY_CIPHER_ARCFOUR = 301, GCRY_CIPHER_DES = 302, GCRY_CIPHER_RFC2268_40 = 307,
  GCRY_CIPHER_CHACHA20 = 316
};
enum gcry_cipher_modes {
  GCRY_CIPHER_MODE_NONE = 0, GCRY_CIPHER_MODE_ECB = 1, GCRY_CIPHER_MODE_CFB = 2,
  GCRY_CIPHER_MODE_STREAM = 4, GCRY_CIPHER_MODE_OFB = 5, GCRY_CIPHER_MODE_CTR = 6,
  GCRY_CIPHER_MODE_GCM = 9
};
enum gcry_md_algos { GCRY_MD_MD5 = 1, GCRY_MD_SHA1 = 2, GCRY_MD_RMD160 = 3, GCRY_MD_SHA512 = 10, GCRY_MD_MD4 = 301 };
enum gcry_md_flags { GCRY_MD_FLAG_SECURE = 1, GCRY_MD_FLAG_HMAC = 2 };
enum gcry_mac_algos { GCRY_MAC_HMAC_SHA256 = 101, GCRY_MAC_HMAC_SHA1 = 105, GCRY_MAC_HMAC_MD5 = 111 };
typedef struct gcry_mac_handle *gcry_mac_hd_t;
typedef struct gcry_context *gcry_ctx_t;
#ifdef __cplusplus
extern "C" {
#endif
gcry_error_t gcry_cipher_open(gcry_cipher_hd_t *h, int algo, int mode, unsigned int flags);
int gcry_cipher_map_name(const char *name);
int gcry_md_map_name(const char *name);
gcry_error_t gcry_cipher_setkey(gcry_cipher_hd_t h, const void *k, size_t l);
gcry_error_t gcry_cipher_setiv(gcry_cipher_hd_t h, const void *k, size_t l);
gcry_error_t gcry_md_open(gcry_md_hd_t *h, int algo, unsigned int flags);
gcry_error_t gcry_mac_open(gcry_mac_hd_t *h, int algo, unsigned int flags, gcry_ctx_t ctx);
gcry_error_t gcry_md_setkey(gcry_md_hd_t hd, const void *key, size_t keylen);
gcry_error_t gcry_kdf_derive(const void *passphrase, size_t passphraselen, int algo, int subalgo, const void *salt, size_t saltlen, unsigned long iterations, size_t keysize, void *keybuffer);
void gcry_randomize(void *buffer, size_t length, enum gcry_random_level level);
#ifdef __cplusplus
}
#endif
#endif
