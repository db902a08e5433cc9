/* Minimal BoringSSL header for backdoor-scan's tests: the real declarations of
 * BoringSSL's include/openssl/base.h that the tests use. */
#ifndef OPENSSL_HEADER_BASE_H
#define OPENSSL_HEADER_BASE_H
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#define OPENSSL_IS_BORINGSSL
#define BORINGSSL_API_VERSION 32
typedef uint64_t BN_ULONG;
typedef ssize_t ossl_ssize_t;
typedef struct bignum_st BIGNUM;
typedef struct bn_gencb_st BN_GENCB;
typedef struct bio_st BIO;
typedef struct dh_st DH;
typedef struct engine_st ENGINE;
typedef struct env_md_ctx_st EVP_MD_CTX;
typedef struct env_md_st EVP_MD;
typedef struct evp_aead_st EVP_AEAD;
typedef struct evp_aead_ctx_st EVP_AEAD_CTX;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct rsa_st RSA;
typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_method_st SSL_METHOD;
typedef struct ssl_st SSL;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st X509_STORE_CTX;
typedef int pem_password_cb(char *buf, int size, int rwflag, void *userdata);
#endif
