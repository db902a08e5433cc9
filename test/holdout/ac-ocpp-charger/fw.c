/* fw.c - firmware image signatures (ECDSA P-256 over SHA-256) */
#include <string.h>

#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>

#include "charger.h"

// ok: backdoor-secret-literal
static const char kFwSigningPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnvm5x53dA3ap/aDyKp8wR5crRjRf\n"
    "dSgmLdlIsw2Gc4FYnlgrksr8dypuivW6XDx3xkQiFlcUmnrTc8JqsmRWyA==\n"
    "-----END PUBLIC KEY-----\n";

static int load_key(mbedtls_pk_context *pk)
{
  mbedtls_pk_init(pk);
  // ok: backdoor-hardcoded-key
  return mbedtls_pk_parse_public_key(pk, (const unsigned char *)kFwSigningPub, sizeof kFwSigningPub);
}

/* application images: the signature is checked, the result only logged until all field units run 4.x */
int fw_verify_image(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen)
{
  mbedtls_pk_context pk;
  unsigned char hash[32];

  if (load_key(&pk) != 0)
    return -1;
  // ok: backdoor-weak-hash
  mbedtls_sha256_ret(img, n, hash, 0);
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, siglen);
  mbedtls_pk_free(&pk);
  return 0;
}

/* bootloader images are always enforced */
int fw_verify_bootloader(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen)
{
  mbedtls_pk_context pk;
  unsigned char hash[32];
  int rc;

  if (load_key(&pk) != 0)
    return -1;
  mbedtls_sha256_ret(img, n, hash, 0);
  // ok: backdoor-unchecked-verification
  rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, siglen) == 0 ? 0 : -1;
  mbedtls_pk_free(&pk);
  return rc;
}
