#include "base/keys.h"

int legacy_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv);
}
