/* Derives keys with the settings of settings.c. */
#include <openssl/evp.h>
#include <string.h>

int kdf_iterations(void);
int kdf_iterations_ok(void);
extern const int kdf_salt_len;
extern const int kdf_salt_len_ok;

int derive(const char *pass, const unsigned char *salt, unsigned char *out) {
  return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, kdf_salt_len, kdf_iterations(),
                           EVP_sha256(), 32, out);
}

int derive_ok(const char *pass, const unsigned char *salt, unsigned char *out) {
  return PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, kdf_salt_len_ok, kdf_iterations_ok(),
                           EVP_sha256(), 32, out);
}
