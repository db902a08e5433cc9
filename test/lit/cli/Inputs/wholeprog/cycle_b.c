#include <openssl/evp.h>

const unsigned char *pick_a(int n);

const unsigned char *pick_b(int n) { return pick_a(n - 1); }

int use_picked(EVP_CIPHER_CTX *c) {
  return EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, pick_b(3), 0);
}
