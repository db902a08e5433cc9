/* A wrapper whose key parameter comes from other translation units. */
#include <openssl/evp.h>

int wrap_encrypt(EVP_CIPHER_CTX *c, const unsigned char *key) {
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, key, 0);
}
