// Smoke test against the PSA Crypto API of Debian's libmbedtls-dev (2.28's psa/crypto.h):
// the models hold for the real declarations and macros (PSA_KEY_ATTRIBUTES_INIT,
// PSA_KEY_TYPE_ECC_KEY_PAIR(...), PSA_ALG_RSA_PKCS1V15_CRYPT, mbedtls_svc_key_id_t).
// REQUIRES: mbedtls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <psa/crypto.h>

psa_status_t keys(psa_key_id_t *rsa, psa_key_id_t *aes, const uint8_t *in, size_t n, uint8_t *out, size_t *outl) {
  psa_key_attributes_t attr = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&attr, PSA_KEY_TYPE_RSA_KEY_PAIR);
  // ruleid: backdoor-short-key
  psa_set_key_bits(&attr, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  psa_status_t s = psa_generate_key(&attr, rsa);
  // ruleid: backdoor-rsa-without-oaep
  s |= psa_asymmetric_encrypt(*rsa, PSA_ALG_RSA_PKCS1V15_CRYPT, in, n, NULL, 0, out, 256, outl);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'PSA_ALG_RSA_PKCS1V15_CRYPT' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  psa_key_attributes_t sym = PSA_KEY_ATTRIBUTES_INIT;
  psa_set_key_type(&sym, PSA_KEY_TYPE_AES);
  // ok: backdoor-short-key
  psa_set_key_bits(&sym, 128);
  // ruleid: backdoor-ecb-mode
  psa_set_key_algorithm(&sym, PSA_ALG_ECB_NO_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'PSA_ALG_ECB_NO_PADDING' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  return s | psa_generate_key(&sym, aes);
}

int verify(psa_key_id_t key, const uint8_t hash[32], const uint8_t *sig, size_t len) {
  // ruleid: backdoor-unchecked-verification
  psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, 32, sig, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'psa_verify_hash' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ok: backdoor-unchecked-verification
  return psa_verify_hash(key, PSA_ALG_ECDSA(PSA_ALG_SHA_256), hash, 32, sig, len) == PSA_SUCCESS;
}
