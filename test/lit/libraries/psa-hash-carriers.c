// PSA algorithms built around a hash (PSA_ALG_ECDSA(hash), PSA_ALG_HMAC(hash),
// PSA_ALG_HKDF(hash), ...) are one integer whose low byte names the hash: the
// hash a signature, MAC or key derivation uses is the macro's argument, as
// mbedtls.yaml's `symbol-patterns` with `argument` say. Real headers.
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: psa weak-primitive
#include <psa/crypto.h>

#define ATTEST_SIG_ALG PSA_ALG_DETERMINISTIC_ECDSA(PSA_ALG_SHA_1)
#define LEGACY_HASH PSA_ALG_MD5

static const psa_algorithm_t kLegacyMac = PSA_ALG_TRUNCATED_MAC(PSA_ALG_HMAC(PSA_ALG_SHA_1), 10);

psa_status_t attest_legacy(psa_key_id_t key, const uint8_t *hash, uint8_t *sig, size_t *n) {
  // ruleid: backdoor-weak-hash
  return psa_sign_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_1), hash, 20, sig, 64, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'PSA_ALG_SHA_1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
}

psa_status_t attest(psa_key_id_t key, const uint8_t *hash, uint8_t *sig, size_t *n) {
  // ok: backdoor-weak-hash
  return psa_sign_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, 32, sig, 64, n);
}

psa_status_t attest_macro(psa_key_id_t key, const uint8_t *hash, uint8_t *sig, size_t *n) {
  // ruleid: backdoor-weak-hash
  psa_status_t st = psa_sign_hash(key, ATTEST_SIG_ALG, hash, 20, sig, 64, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'PSA_ALG_SHA_1' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  st |= psa_verify_hash(key, PSA_ALG_RSA_PSS(LEGACY_HASH), hash, 16, sig, *n);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'PSA_ALG_MD5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  return st;
}

psa_status_t tag(psa_key_id_t key, const uint8_t *msg, size_t len, uint8_t *mac, size_t *n) {
  // ruleid: backdoor-weak-hash
  psa_status_t st = psa_mac_compute(key, kLegacyMac, msg, len, mac, 32, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'PSA_ALG_SHA_1' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-27]]:43: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-28]]:78: note: constant defined here
  psa_mac_operation_t op = PSA_MAC_OPERATION_INIT;
  // ok: backdoor-weak-hash
  st |= psa_mac_sign_setup(&op, key, PSA_ALG_HMAC(PSA_ALG_SHA_256));
  // ruleid: backdoor-weak-hash
  st |= psa_mac_verify_setup(&op, key, PSA_ALG_HMAC(PSA_ALG_MD5));
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'PSA_ALG_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  return st;
}

psa_status_t derive(psa_key_derivation_operation_t *op, int legacy) {
  if (legacy)
    // ruleid: backdoor-weak-hash
    return psa_key_derivation_setup(op, PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_1)));
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'PSA_ALG_SHA_1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  return psa_key_derivation_setup(op, PSA_ALG_KEY_AGREEMENT(PSA_ALG_ECDH, PSA_ALG_HKDF(PSA_ALG_SHA_384)));
}

// A key's policy says what it may be used for; the use is where the hash
// matters (psa_set_key_algorithm's context is not a signature).
void policy(psa_key_attributes_t *attr) {
  // ok: backdoor-weak-hash
  psa_set_key_algorithm(attr, PSA_ALG_ECDSA(PSA_ALG_SHA_1));
}

// RSA-OAEP carries its hash too: the padding is still OAEP.
psa_status_t wrap(psa_key_id_t key, const uint8_t *in, size_t n, uint8_t *out, size_t *outl) {
  // ok: backdoor-rsa-without-oaep
  return psa_asymmetric_encrypt(key, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_1), in, n, NULL, 0, out, 256, outl);
}
