/* type8.c - "secret 8": PBKDF2-HMAC-SHA256, 20,000 iterations, a 14-character
 * salt drawn from Cisco's base64 alphabet (the characters are the salt). */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "secrets.h"

#define TYPE8_SALT_CHARS 14
#define TYPE8_ITERATIONS 20000
#define TYPE8_DK_LEN 32

int secret_type8_make(const char *password, char out[SECRET_TEXT_MAX])
{
  unsigned char rnd[TYPE8_SALT_CHARS], dk[TYPE8_DK_LEN];
  char salt[TYPE8_SALT_CHARS + 1], enc[48];
  size_t i;

  if (RAND_bytes(rnd, sizeof rnd) != 1) {
    return -1;
  }
  for (i = 0; i < TYPE8_SALT_CHARS; i++) {
    salt[i] = kCiscoB64[rnd[i] & 63];
  }
  salt[TYPE8_SALT_CHARS] = '\0';
  // ruleid: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), (const unsigned char *)salt, TYPE8_SALT_CHARS,
                        TYPE8_ITERATIONS, EVP_sha256(), sizeof dk, dk) != 1) {
    return -1;
  }
  cisco_b64_encode(dk, sizeof dk, enc);
  OPENSSL_cleanse(dk, sizeof dk);
  strcpy(out, "$8$");
  strcat(out, salt);
  strcat(out, "$");
  strcat(out, enc);
  return 0;
}

int secret_type8_check(const char *password, const char *stored)
{
  unsigned char dk[TYPE8_DK_LEN];
  char enc[48];
  const char *salt, *end;
  size_t salt_len;
  int ok;

  if (strncmp(stored, "$8$", 3) != 0 || (end = strchr(stored + 3, '$')) == NULL) {
    return 0;
  }
  salt = stored + 3;
  salt_len = (size_t)(end - salt);
  /* a secret made elsewhere: salt as stored in the configuration */
  // ok: backdoor-weak-kdf
  if (PKCS5_PBKDF2_HMAC(password, (int)strlen(password), (const unsigned char *)salt, (int)salt_len,
                        TYPE8_ITERATIONS, EVP_sha256(), sizeof dk, dk) != 1) {
    return 0;
  }
  cisco_b64_encode(dk, sizeof dk, enc);
  OPENSSL_cleanse(dk, sizeof dk);
  ok = strlen(end + 1) == strlen(enc) && CRYPTO_memcmp(end + 1, enc, strlen(enc)) == 0;
  return ok;
}
