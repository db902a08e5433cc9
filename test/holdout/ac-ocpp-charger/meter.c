/* meter.c - OCMF signatures over meter readings, made with the metering IC's key */
#include <stdio.h>
#include <string.h>

#include <mbedtls/ecdsa.h>
#include <mbedtls/sha256.h>

#include "charger.h"

static int load_meter_scalar(mbedtls_mpi *d, const char *path)
{
  unsigned char raw[48];
  FILE *f = fopen(path, "rb");
  size_t n;
  if (f == NULL)
    return -1;
  n = fread(raw, 1, sizeof raw, f);
  fclose(f);
  // ok: backdoor-hardcoded-key
  return n > 0 ? mbedtls_mpi_read_binary(d, raw, n) : -1;
}

int meter_sign_reading(struct charger *c, const char *ocmf, unsigned char *sig, size_t cap, size_t *siglen)
{
  mbedtls_ecdsa_context ecdsa;
  unsigned char hash[32];
  int rc;

  (void)cap;
  mbedtls_ecdsa_init(&ecdsa);
  if (c->board.hw_rev >= 0x0c) {
    // ok: backdoor-short-key
    rc = mbedtls_ecp_group_load(&ecdsa.grp, MBEDTLS_ECP_DP_SECP256R1);
  } else {
    /* the rev. B metering IC only holds secp192r1 keys */
    // ruleid: backdoor-short-key
    rc = mbedtls_ecp_group_load(&ecdsa.grp, MBEDTLS_ECP_DP_SECP192R1);
  }
  if (rc == 0)
    rc = load_meter_scalar(&ecdsa.d, "/etc/chargecore/meter.key");
  if (rc == 0)
    // ok: backdoor-weak-hash
    rc = mbedtls_sha256_ret((const unsigned char *)ocmf, strlen(ocmf), hash, 0);
  if (rc == 0)
    // ok: backdoor-weak-hash
    rc = mbedtls_ecdsa_write_signature(&ecdsa, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, siglen, mbedtls_ctr_drbg_random, &c->drbg);
  mbedtls_ecdsa_free(&ecdsa);
  return rc;
}
