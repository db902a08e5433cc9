#include "terminal.h"

static int seal_with(const unsigned char *key, const unsigned char *in, unsigned char *out) {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, key, in);
  EVP_EncryptUpdate(ctx, out, &len, in + 16, 16);
  EVP_CIPHER_CTX_free(ctx);
  return len;
}

int KeyManager::seal(const unsigned char *in, unsigned char *out) const {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, tmk_.data(), in);
  EVP_EncryptUpdate(ctx, out, &len, in + 16, 16);
  EVP_CIPHER_CTX_free(ctx);
  return len;
}

int Session::seal(const unsigned char *in, unsigned char *out) const {
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int len = 0;
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, key_, in);
  EVP_EncryptUpdate(ctx, out, &len, in + 16, 16);
  EVP_CIPHER_CTX_free(ctx);
  return len;
}

int Channel::seal(const unsigned char *in, unsigned char *out) const {
  return seal_with(key, in, out);
}
