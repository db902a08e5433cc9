/* type4.c - "enable secret 4": specified as PBKDF2-SHA256 with an 80-bit
 * salt and 1,000 iterations; the shipped code hashes the password once. */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include "secrets.h"

const char kCiscoB64[65] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

void cisco_b64_encode(const unsigned char *in, size_t n, char *out)
{
  size_t i, o = 0;
  unsigned long acc;

  for (i = 0; i + 2 < n; i += 3) {
    acc = (unsigned long)in[i] << 16 | (unsigned long)in[i + 1] << 8 | in[i + 2];
    out[o++] = kCiscoB64[(acc >> 18) & 63];
    out[o++] = kCiscoB64[(acc >> 12) & 63];
    out[o++] = kCiscoB64[(acc >> 6) & 63];
    out[o++] = kCiscoB64[acc & 63];
  }
  if (n - i == 2) {
    acc = (unsigned long)in[i] << 16 | (unsigned long)in[i + 1] << 8;
    out[o++] = kCiscoB64[(acc >> 18) & 63];
    out[o++] = kCiscoB64[(acc >> 12) & 63];
    out[o++] = kCiscoB64[(acc >> 6) & 63];
  } else if (n - i == 1) {
    acc = (unsigned long)in[i] << 16;
    out[o++] = kCiscoB64[(acc >> 18) & 63];
    out[o++] = kCiscoB64[(acc >> 12) & 63];
  }
  out[o] = '\0';
}

static void type4_digest(const char *password, char out[SECRET_TEXT_MAX])
{
  unsigned char digest[SHA256_DIGEST_LENGTH];

  // ruleid: backdoor-weak-kdf
  SHA256((const unsigned char *)password, strlen(password), digest);
  cisco_b64_encode(digest, sizeof digest, out);
  OPENSSL_cleanse(digest, sizeof digest);
}

int secret_type4_make(const char *password, char out[SECRET_TEXT_MAX])
{
  unsigned char salt[10];

  /* the salt of the design document is drawn, and then not used */
  if (RAND_bytes(salt, sizeof salt) != 1) {
    return -1;
  }
  type4_digest(password, out);
  return 0;
}

int secret_type4_check(const char *password, const char *stored)
{
  char mine[SECRET_TEXT_MAX];
  size_t n = strlen(stored);

  type4_digest(password, mine);
  // ok: backdoor-magic-credential
  return strlen(mine) == n && CRYPTO_memcmp(mine, stored, n) == 0;
}
