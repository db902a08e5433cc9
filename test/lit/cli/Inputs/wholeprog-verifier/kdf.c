#include <openssl/evp.h>

/* The vault key and, from it, the login hash the server checks. */
int derive_vault_key(const char *user, const char *password, int iterations, unsigned char key[32]) {
  return PKCS5_PBKDF2_HMAC(password, -1, (const unsigned char *)user, -1, iterations, EVP_sha256(), 32, key);
}

int make_login_hash(const unsigned char key[32], const char *password, unsigned char out[32]) {
  return PKCS5_PBKDF2_HMAC((const char *)key, 32, (const unsigned char *)password, -1, 1, EVP_sha256(), 32, out);
}
