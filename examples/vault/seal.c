#include "vault.h"

static const EVP_CIPHER *vault_cipher(int legacy) {
  if (legacy)
    return EVP_des_ede3_cbc(); /* what version 1 clients can read */
  return EVP_aes_256_gcm();
}

int vault_seal(const unsigned char *key, const unsigned char *iv, const unsigned char *in,
               size_t n, unsigned char *out, int legacy) {
  int len = 0, total = 0;
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  if (!ctx)
    return -1;
  if (EVP_EncryptInit_ex(ctx, vault_cipher(legacy), NULL, key, iv) != 1 ||
      EVP_EncryptUpdate(ctx, out, &len, in, (int)n) != 1) {
    EVP_CIPHER_CTX_free(ctx);
    return -1;
  }
  total = len;
  if (EVP_EncryptFinal_ex(ctx, out + total, &len) != 1)
    total = -1;
  else
    total += len;
  EVP_CIPHER_CTX_free(ctx);
  return total;
}

int vault_sign_manifest(EVP_PKEY *key, const unsigned char *data, size_t n, unsigned char *sig,
                        size_t *siglen) {
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ok = md && EVP_DigestSignInit(md, NULL, EVP_sha1(), NULL, key) == 1 &&
           EVP_DigestSign(md, sig, siglen, data, n) == 1;
  EVP_MD_CTX_free(md);
  return ok;
}
