/* type5.c - "enable secret 5": FreeBSD MD5-crypt (IOS draws a 4-character
 * salt; the library draws its own from the random bytes given). */
#include <crypt.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include "secrets.h"

int secret_type5_make(const char *password, char out[SECRET_TEXT_MAX])
{
  char rnd[16], setting[CRYPT_GENSALT_OUTPUT_SIZE];
  struct crypt_data data;
  const char *hash;

  if (RAND_bytes((unsigned char *)rnd, sizeof rnd) != 1) {
    return -1;
  }
  // ruleid: backdoor-weak-kdf
  if (crypt_gensalt_rn("$1$", 0, rnd, sizeof rnd, setting, sizeof setting) == NULL) {
    return -1;
  }
  memset(&data, 0, sizeof data);
  hash = crypt_rn(password, setting, &data, sizeof data);
  if (hash == NULL || hash[0] == '*') {
    return -1;
  }
  strncpy(out, hash, SECRET_TEXT_MAX - 1);
  out[SECRET_TEXT_MAX - 1] = '\0';
  return 0;
}

int secret_type5_check(const char *password, const char *stored)
{
  struct crypt_data data;
  const char *hash;
  size_t n = strlen(stored);

  memset(&data, 0, sizeof data);
  /* the stored hash carries its own setting */
  // ok: backdoor-weak-kdf
  hash = crypt_rn(password, stored, &data, sizeof data);
  if (hash == NULL || strlen(hash) != n) {
    return 0;
  }
  return CRYPTO_memcmp(hash, stored, n) == 0;
}
