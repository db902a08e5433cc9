/* Firmware update: stage into bank B, check at boot. */
#include <stdio.h>
#include <string.h>

#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>

#include "meter.h"

static int load_vendor_key(mbedtls_pk_context *pk)
{
  mbedtls_pk_init(pk);
  return mbedtls_pk_parse_public_keyfile(pk, METER_VENDOR_PUB);
}

static int write_slot(const unsigned char *img, size_t n)
{
  FILE *f = fopen(METER_IMAGE_SLOT, "wb");

  if (f == NULL)
    return -1;
  if (fwrite(img, 1, n, f) != n) {
    fclose(f);
    return -1;
  }
  return fclose(f);
}

/* Called by the head-end's "firmware transfer" service once the last block arrived. */
int update_stage(const unsigned char *img, size_t n, const unsigned char *sig, size_t siglen)
{
  unsigned char hash[32];
  mbedtls_pk_context pk;
  int rc;

  if (load_vendor_key(&pk) != 0)
    return -1;
  mbedtls_sha256_ret(img, n, hash, 0);
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, siglen);
  mbedtls_pk_free(&pk);
  rc = write_slot(img, n);
  board_log("firmware staged (%zu bytes), rc=%d", n, rc);
  return rc;
}

/* The boot loader hands over only when bank B carries a valid signature. */
int update_boot_check(void)
{
  static unsigned char img[512 * 1024];
  unsigned char hash[32], sig[256];
  size_t n = 0, siglen = 0;
  mbedtls_pk_context pk;
  int rc = -1;

  if (board_read_file(METER_IMAGE_SLOT, img, sizeof img, &n) != 0 || n <= sizeof sig)
    return -1;
  siglen = sizeof sig;
  n -= siglen;
  memcpy(sig, img + n, siglen);
  if (load_vendor_key(&pk) != 0)
    return -1;
  if (mbedtls_sha256_ret(img, n, hash, 0) == 0)
    // ok: backdoor-unchecked-verification
    rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, siglen) == 0 ? 0 : -1;
  mbedtls_pk_free(&pk);
  return rc;
}
