#pragma once
#include <openssl/evp.h>
extern const unsigned char g_master_key[32];
// The project's header seals with the key another unit defines.
static inline int seal_init(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  return EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, g_master_key, iv);
}
