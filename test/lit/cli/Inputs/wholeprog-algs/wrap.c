#include "crypt.h"

int seal_spec(const struct cipher_spec *c, const void *key, const void *in, size_t n, void *out,
              size_t cap, size_t *moved) {
  return CCCrypt(kCCEncrypt, c->alg, c->opts, key, 16, c->iv, in, n, out, cap, moved);
}

int seal_fixed(const struct cipher_spec *c, const void *key, const void *in, size_t n, void *out,
               size_t cap, size_t *moved) {
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, 16, c->iv, in, n, out,
                 cap, moved);
}

int seal_alg(int alg, const void *key, const void *iv, const void *in, size_t n, void *out,
             size_t cap, size_t *moved) {
  return CCCrypt(kCCEncrypt, alg, kCCOptionPKCS7Padding, key, 16, iv, in, n, out, cap, moved);
}

int seal_default(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                 size_t *moved) {
  return CCCrypt(kCCEncrypt, default_alg(), kCCOptionPKCS7Padding, key, 16, iv, in, n, out, cap,
                 moved);
}

int do_encrypt(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const unsigned char *key,
               const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, cipher, NULL, key, iv);
}

unsigned char *mac_with(const EVP_MD *md, const void *key, int klen, const unsigned char *d,
                        size_t n, unsigned char *out, unsigned int *olen) {
  return HMAC(md, key, klen, d, n, out, olen);
}

int sign_with(EVP_MD_CTX *ctx, const EVP_MD *md, EVP_PKEY *pkey) {
  return EVP_DigestSignInit(ctx, NULL, md, NULL, pkey);
}

int rsa_seal(RSA *rsa, const unsigned char *in, int n, unsigned char *out, int padding) {
  return RSA_public_encrypt(n, in, out, rsa, padding);
}

int seal_archive(const void *key, const void *iv, const void *in, size_t n, void *out, size_t cap,
                 size_t *moved) {
  return CCCrypt(kCCEncrypt, g_archive_alg, 0, key, 16, iv, in, n, out, cap, moved);
}
