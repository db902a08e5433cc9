#include "base/keys.h"

int clean_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
}
