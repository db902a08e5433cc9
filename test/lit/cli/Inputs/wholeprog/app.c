/* Calls the wrapper of wrap.c with a constant key, and with a random one. */
#include <openssl/evp.h>
#include <openssl/rand.h>

int wrap_encrypt(EVP_CIPHER_CTX *c, const unsigned char *key);

static const unsigned char app_key[32] = "4f8a1c9e2b7d3f6a5c0e8b1d9f2a7c4e";

int run(EVP_CIPHER_CTX *c) {
  unsigned char fresh[32];
  RAND_bytes(fresh, sizeof fresh);
  wrap_encrypt(c, fresh);
  return wrap_encrypt(c, app_key);
}
