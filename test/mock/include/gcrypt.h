/* Mock of libgcrypt: real signatures, no bodies. */
#ifndef MOCK_GCRYPT_H
#define MOCK_GCRYPT_H
#include <stddef.h>
typedef struct gcry_cipher_handle *gcry_cipher_hd_t;
typedef struct gcry_md_handle *gcry_md_hd_t;
typedef unsigned int gcry_error_t;
enum gcry_random_level { GCRY_WEAK_RANDOM = 0, GCRY_STRONG_RANDOM = 1, GCRY_VERY_STRONG_RANDOM = 2 };
enum { GCRY_CIPHER_AES256 = 9, GCRY_CIPHER_MODE_CBC = 3, GCRY_KDF_PBKDF2 = 34, GCRY_MD_SHA256 = 8 };
#ifdef __cplusplus
extern "C" {
#endif
gcry_error_t gcry_cipher_open(gcry_cipher_hd_t *h, int algo, int mode, unsigned int flags);
gcry_error_t gcry_cipher_setkey(gcry_cipher_hd_t h, const void *k, size_t l);
gcry_error_t gcry_cipher_setiv(gcry_cipher_hd_t h, const void *k, size_t l);
gcry_error_t gcry_md_setkey(gcry_md_hd_t hd, const void *key, size_t keylen);
gcry_error_t gcry_kdf_derive(const void *passphrase, size_t passphraselen, int algo, int subalgo, const void *salt, size_t saltlen, unsigned long iterations, size_t keysize, void *keybuffer);
void gcry_randomize(void *buffer, size_t length, enum gcry_random_level level);
#ifdef __cplusplus
}
#endif
#endif
