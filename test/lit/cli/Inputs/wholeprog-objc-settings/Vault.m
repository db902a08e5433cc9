#import "Defaults.h"
#include <openssl/evp.h>
#include <string.h>

int derive_legacy(const char *pw, const unsigned char *salt, unsigned char *key) {
  return PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, [Defaults kdfRounds], EVP_sha256(), 32, key);
}

int derive_strong(const char *pw, const unsigned char *salt, unsigned char *key) {
  return PKCS5_PBKDF2_HMAC(pw, (int)strlen(pw), salt, 16, [Defaults strongRounds], EVP_sha256(), 32, key);
}
