/* type9.c - "secret 9": scrypt with N = 16384, r = 1, p = 1 and a
 * 14-character salt, encoded like type 8. */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "secrets.h"

#define TYPE9_SALT_CHARS 14
#define TYPE9_N 16384
#define TYPE9_R 1
#define TYPE9_P 1
#define TYPE9_DK_LEN 32

static int type9_derive(const char *password, const char *salt, size_t salt_len, unsigned char dk[TYPE9_DK_LEN])
{
  return EVP_PBE_scrypt(password, strlen(password), (const unsigned char *)salt, salt_len, TYPE9_N, TYPE9_R,
                        TYPE9_P, 0, dk, TYPE9_DK_LEN);
}

int secret_type9_make(const char *password, char out[SECRET_TEXT_MAX])
{
  unsigned char rnd[TYPE9_SALT_CHARS], dk[TYPE9_DK_LEN];
  char salt[TYPE9_SALT_CHARS + 1], enc[48];
  size_t i;

  if (RAND_bytes(rnd, sizeof rnd) != 1) {
    return -1;
  }
  for (i = 0; i < TYPE9_SALT_CHARS; i++) {
    salt[i] = kCiscoB64[rnd[i] & 63];
  }
  salt[TYPE9_SALT_CHARS] = '\0';
  // ruleid: backdoor-weak-kdf
  if (type9_derive(password, salt, TYPE9_SALT_CHARS, dk) != 1) {
    return -1;
  }
  cisco_b64_encode(dk, sizeof dk, enc);
  OPENSSL_cleanse(dk, sizeof dk);
  strcpy(out, "$9$");
  strcat(out, salt);
  strcat(out, "$");
  strcat(out, enc);
  return 0;
}

int secret_type9_check(const char *password, const char *stored)
{
  unsigned char dk[TYPE9_DK_LEN];
  char enc[48];
  const char *end;

  if (strncmp(stored, "$9$", 3) != 0 || (end = strchr(stored + 3, '$')) == NULL) {
    return 0;
  }
  // ok: backdoor-weak-kdf
  if (type9_derive(password, stored + 3, (size_t)(end - stored - 3), dk) != 1) {
    return 0;
  }
  cisco_b64_encode(dk, sizeof dk, enc);
  OPENSSL_cleanse(dk, sizeof dk);
  return strlen(end + 1) == strlen(enc) && CRYPTO_memcmp(end + 1, enc, strlen(enc)) == 0;
}
