/* Bridge firmware updates: the image must be signed by the vendor's release key (ECDSA P-256). */
#include "sed.h"

#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>
#include <string.h>

// ok: backdoor-secret-literal
static const char kReleaseKeyPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7kZUAEQwN1aEe7z3mMLf8/XQPiiZ\n"
    "bmCT9UYD8m3S+13vE4uIbGdxqcoeU5mCQBA5LOcRplK0pl2jH2zoEVdklw==\n"
    "-----END PUBLIC KEY-----\n";

int fw_update_check(const uint8_t *image, size_t n, const uint8_t *sig, size_t siglen) {
  mbedtls_pk_context pk;
  unsigned char digest[32];
  int ok = 0;

  mbedtls_pk_init(&pk);
  // ok: backdoor-hardcoded-key
  if (mbedtls_pk_parse_public_key(&pk, (const unsigned char *)kReleaseKeyPem, sizeof kReleaseKeyPem) != 0)
    goto out;
  // ok: backdoor-weak-hash
  if (mbedtls_sha256_ret(image, n, digest, 0) != 0)
    goto out;
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  if (mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, digest, sizeof digest, sig, siglen) != 0)
    goto out;
  ok = 1;
out:
  mbedtls_pk_free(&pk);
  return ok;
}
