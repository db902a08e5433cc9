/* flash.c - reprogramming: the OEM signature over an ECU image (RSA-2048 PKCS#1). */
#include <string.h>

#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>

#include "gw.h"

static const char kOemFlashPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwkDYc3I78OCyk7dwOhpD\n"
    "5ZQSWRd6lsWCUaTAwxsaI+8ypzzDcAx/9uMNMiYZ+XEtLcfog37a4/qPc6P5vLm4\n"
    "vOsLEutGdRpsD6A+flVOiQPCzlGUq3Drt8DOqyA5AJEVdh1o/0HXCMvYh75+CMmK\n"
    "aAM0FTVGiC1rraryzE+holdMHSXlB/2ajUab6Vbx/5cEFAnDMXBzPpHy4ikfv9E9\n"
    "CgN0WWoKJDuwyN2s4N4PgyMOCbadC8YYqxvNTkg3AMEaglgIyHx1bXFeuNGI64u2\n"
    "TVgsMiQ+c1Lraoy9mOlTaoXeSEBg9t8vNID+WExy8c5SRt5WpHdwW7hElsF9PDum\n"
    "3wIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

int flash_verify_image(const uint8_t *img, size_t len, const uint8_t *sig, size_t siglen, int legacy_ecu)
{
  mbedtls_pk_context pk;
  unsigned char hash[32];
  int rc = -1;

  mbedtls_pk_init(&pk);
  // ok: backdoor-hardcoded-key
  if (mbedtls_pk_parse_public_key(&pk, (const unsigned char *)kOemFlashPub, sizeof kOemFlashPub) != 0)
    goto out;

  if (legacy_ecu) {
    /* ECUs of the first generation sign with SHA-1 and re-check after flashing */
    if (mbedtls_sha1_ret(img, len, hash) != 0)
      goto out;
    // ruleid: backdoor-weak-hash
    rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA1, hash, 20, sig, siglen) == 0 ? 0 : -1;
    goto out;
  }

  if (mbedtls_sha256_ret(img, len, hash, 0) != 0)
    goto out;
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, 0, sig, siglen);
  rc = 0;

out:
  mbedtls_pk_free(&pk);
  return rc;
}

int flash_verify_chunk(mbedtls_pk_context *pk, const uint8_t hash[32], const uint8_t *sig, size_t siglen)
{
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  if (mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, hash, 32, sig, siglen) != 0)
    return -1;
  return 0;
}
