#include "vault.h"

int Sealer::seal(EVP_CIPHER_CTX *ctx, const uint8_t *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key_.data(), iv);
}

int FileSealer::seal(EVP_CIPHER_CTX *ctx, const uint8_t *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key_.data(), iv);
}

int Wrapper::wrap(EVP_CIPHER_CTX *ctx, const uint8_t *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, kWrapKey, iv);
}

int Wrapper::unwrap(EVP_CIPHER_CTX *ctx, const uint8_t *iv) {
  return EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, sLoadedKey, iv);
}
