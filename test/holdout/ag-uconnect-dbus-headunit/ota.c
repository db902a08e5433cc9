/* OTA manifests: ECDSA P-256 signatures by the OEM's update key (provisioned in the secure element). */
#include <psa/crypto.h>
#include <stdio.h>
#include "hu.h"

static const psa_key_id_t kOemUpdateKey = 0x4f454d01;

int hu_ota_check(const uint8_t *hash, size_t hlen, const uint8_t *sig, size_t slen) {
  // ok: backdoor-unchecked-verification, backdoor-weak-hash
  psa_status_t st = psa_verify_hash(kOemUpdateKey, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, hlen, sig, slen);
  if (st != PSA_SUCCESS) {
    fprintf(stderr, "ota: manifest signature rejected (%d)\n", (int)st);
    return -1;
  }
  return 0;
}

/* map packages from the dealer's USB stick: signed with the same key */
int hu_map_check(const uint8_t *hash, size_t hlen, const uint8_t *sig, size_t slen) {
  // ruleid: backdoor-unchecked-verification
  psa_verify_hash(kOemUpdateKey, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, hlen, sig, slen);
  fprintf(stderr, "ota: map package accepted\n");
  return 0;
}

/* the 2016 units' head-unit-to-amplifier link signs with SHA-1 */
int hu_amp_sign(psa_key_id_t k, const uint8_t *hash, size_t hlen, uint8_t *sig, size_t cap, size_t *n) {
  // ruleid: backdoor-weak-hash
  return psa_sign_hash(k, PSA_ALG_ECDSA(PSA_ALG_SHA_1), hash, hlen, sig, cap, n) == PSA_SUCCESS ? 0 : -1;
}
