#include <CommonCrypto/CommonCrypto.h>
#include <openssl/evp.h>
struct cipher_spec { CCAlgorithm alg; CCOptions opts; const void *iv; };
int seal_spec(const struct cipher_spec *c, const void *key, const void *in, size_t n, void *out,
              size_t cap, size_t *moved);
int seal_fixed(const struct cipher_spec *c, const void *key, const void *in, size_t n, void *out,
               size_t cap, size_t *moved);
int seal_alg(int alg, const void *key, const void *iv, const void *in, size_t n, void *out,
             size_t cap, size_t *moved);
int seal_default(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                 size_t *moved);
int do_encrypt(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const unsigned char *key,
               const unsigned char *iv);
int encrypt_with(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const unsigned char *key,
                 const unsigned char *iv);
unsigned char *mac_with(const EVP_MD *md, const void *key, int klen, const unsigned char *d,
                        size_t n, unsigned char *out, unsigned int *olen);
int sign_with(EVP_MD_CTX *ctx, const EVP_MD *md, EVP_PKEY *pkey);
int default_alg(void);
int rsa_seal(RSA *rsa, const unsigned char *in, int n, unsigned char *out, int padding);
extern const int g_archive_alg;
int seal_archive(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                 size_t *moved);
