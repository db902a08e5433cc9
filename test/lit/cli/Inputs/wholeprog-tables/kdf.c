#include "tables.h"

int derive_store_key(const char *pass, const uint8_t *salt, unsigned long iters, uint8_t *out) {
  return PKCS5_PBKDF2_HMAC(pass, 8, salt, 16, (int)iters, EVP_sha256(), 32, out);
}
