#include <openssl/evp.h>
#include "keygen.h"

/* The project's key generator: the size is the caller's choice. */
int gen_rsa_key(RSA *rsa, int bits) {
  BIGNUM *e = BN_new();
  BN_set_word(e, 65537);
  return RSA_generate_key_ex(rsa, bits, e, NULL);
}

/* The cipher is chosen by name, by the caller. */
int encrypt_named(const char *cipher_name, const unsigned char *key, const unsigned char *iv,
                  unsigned char *out, int *outl, const unsigned char *in, int inl) {
  const EVP_CIPHER *c = EVP_get_cipherbyname(cipher_name);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  EVP_EncryptInit_ex(ctx, c, NULL, key, iv);
  return EVP_EncryptUpdate(ctx, out, outl, in, inl);
}

/* The PBKDF2 cost comes from the caller's policy. */
int derive(const char *pw, const unsigned char *salt, int rounds, unsigned char *out) {
  return PKCS5_PBKDF2_HMAC(pw, 8, salt, 16, rounds, EVP_sha256(), 32, out);
}
