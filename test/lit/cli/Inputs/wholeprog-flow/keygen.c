/* Key material made here, handed out through an externally visible helper. */
#include <openssl/evp.h>
#include <string.h>

static unsigned char g_current[32];

unsigned char *current_key(const char *pass, const unsigned char *salt) {
  if (PKCS5_PBKDF2_HMAC(pass, (int)strlen(pass), salt, 16, 600000, EVP_sha256(), 32, g_current) != 1)
    return 0;
  return g_current;
}
