/* attest.c - FIDO batch attestation: the batch key signs the attestation statement. */
#include <string.h>

#include <mbedtls/pk.h>

#include "token.h"

static const char kBatchAttestationKey[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgdEPwbGt9kkU2qGsF\n"
    "Mhx6aSmV38YemHCBnz43XKkZILahRANCAASFzAC5OGgYY1Gpk4AvpyeXWv0gOXoN\n"
    "OmzgsQYlMn6i3QJT83gxGxuY2NlIeVG5YpwE8BDGZBge1ztJF44OqC1K\n"
    "-----END PRIVATE KEY-----\n";

int attest_sign(const uint8_t hash[32], uint8_t *sig, size_t *siglen)
{
  mbedtls_pk_context pk;
  int rc;
  mbedtls_pk_init(&pk);
  // ruleid: backdoor-hardcoded-key
  rc = mbedtls_pk_parse_key(&pk, (const unsigned char *)kBatchAttestationKey, sizeof kBatchAttestationKey, NULL, 0);
  if (rc == 0)
    // ok: backdoor-weak-hash
    rc = mbedtls_pk_sign(&pk, MBEDTLS_MD_SHA256, hash, 32, sig, siglen, mbedtls_ctr_drbg_random, &g_drbg);
  mbedtls_pk_free(&pk);
  return rc;
}
