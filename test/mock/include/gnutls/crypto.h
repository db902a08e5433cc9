/* Mock of GnuTLS crypto: real signatures, no bodies. */
#ifndef MOCK_GNUTLS_H
#define MOCK_GNUTLS_H
#include <stddef.h>
typedef struct { unsigned char *data; unsigned int size; } gnutls_datum_t;
typedef struct api_cipher_hd_st *gnutls_cipher_hd_t;
typedef struct gnutls_x509_privkey_int *gnutls_x509_privkey_t;
typedef enum { GNUTLS_CIPHER_AES_128_CBC = 4 } gnutls_cipher_algorithm_t;
typedef enum { GNUTLS_MAC_SHA256 = 6 } gnutls_mac_algorithm_t;
typedef enum { GNUTLS_X509_FMT_PEM = 1 } gnutls_x509_crt_fmt_t;
typedef enum { GNUTLS_RND_KEY = 2 } gnutls_rnd_level_t;
#ifdef __cplusplus
extern "C" {
#endif
int gnutls_cipher_init(gnutls_cipher_hd_t *handle, gnutls_cipher_algorithm_t cipher, const gnutls_datum_t *key, const gnutls_datum_t *iv);
int gnutls_hmac_fast(gnutls_mac_algorithm_t algorithm, const void *key, size_t keylen, const void *ptext, size_t ptext_len, void *digest);
int gnutls_x509_privkey_import(gnutls_x509_privkey_t key, const gnutls_datum_t *data, gnutls_x509_crt_fmt_t format);
int gnutls_rnd(gnutls_rnd_level_t level, void *data, size_t len);
#ifdef __cplusplus
}
#endif
#endif
