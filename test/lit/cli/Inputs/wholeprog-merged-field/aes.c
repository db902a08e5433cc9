#include <string.h>
#include <openssl/evp.h>
#include "buf.h"

static unsigned char verifier[18];
static unsigned char derived[32];
static unsigned char wrapping[32];

struct buf *aes_header(const char *pw, const unsigned char *salt) {
  unsigned char out[34];
  PKCS5_PBKDF2_HMAC_SHA1(pw, (int)strlen(pw), salt, 16, 1000, 34, out);
  memcpy(verifier + 16, out + 32, 2);
  return buffer_new(verifier, 18);
}

struct sess *aes_session(const char *pw, const unsigned char *salt) {
  PKCS5_PBKDF2_HMAC_SHA1(pw, (int)strlen(pw), salt, 16, 1000, 32, derived);
  return sess_new(derived, 32);
}

struct blob *aes_blob(const char *pw, const unsigned char *salt) {
  PKCS5_PBKDF2_HMAC_SHA1(pw, (int)strlen(pw), salt, 16, 1000, 32, wrapping);
  return blob_new(wrapping, 32);
}
