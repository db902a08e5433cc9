// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: psa weak-primitive
// coverage: psa hardcoded-key
#include <psa/crypto.h>
typedef uint32_t psa_algorithm_t;
typedef uint16_t psa_key_type_t;
#define PSA_ALG_ECB_NO_PADDING ((psa_algorithm_t)0x04404400)
#define PSA_ALG_CBC_NO_PADDING ((psa_algorithm_t)0x04404000)
#define PSA_ALG_GCM ((psa_algorithm_t)0x05500200)
#define PSA_ALG_RSA_PKCS1V15_CRYPT ((psa_algorithm_t)0x07000200)
#define PSA_ALG_SHA_256 ((psa_algorithm_t)0x02000009)
#define PSA_ALG_RSA_OAEP(hash_alg) ((psa_algorithm_t)(0x07000300 | ((hash_alg) & 0x000000ff)))
#define PSA_KEY_TYPE_AES ((psa_key_type_t)0x2400)
#define PSA_KEY_TYPE_DES ((psa_key_type_t)0x2301)
void psa_set_key_algorithm(psa_key_attributes_t *attributes, psa_algorithm_t alg);
void psa_set_key_type(psa_key_attributes_t *attributes, psa_key_type_t type);
void psa_set_key_bits(psa_key_attributes_t *attributes, size_t bits);
psa_status_t psa_asymmetric_encrypt(psa_key_id_t key, psa_algorithm_t alg, const uint8_t *input, size_t input_length, const uint8_t *salt, size_t salt_length, uint8_t *output, size_t output_size, size_t *output_length);

// ruleid: backdoor-secret-literal
static const uint8_t kAesKey[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: variable 'kAesKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                    0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3d};

psa_status_t ecb_key(psa_key_attributes_t *attr, psa_key_id_t *id) {
  psa_set_key_type(attr, PSA_KEY_TYPE_AES);
  // ruleid: backdoor-ecb-mode
  psa_set_key_algorithm(attr, PSA_ALG_ECB_NO_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'PSA_ALG_ECB_NO_PADDING' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-hardcoded-key
  return psa_import_key(attr, kAesKey, sizeof kAesKey, id);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: hardcoded key 'kAesKey' reaches the key of 'psa_import_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-12]]:36: note: constant defined here
}

psa_status_t gcm_key(psa_key_attributes_t *attr, psa_key_id_t *id, const uint8_t *material) {
  psa_set_key_type(attr, PSA_KEY_TYPE_AES);
  // ok: backdoor-ecb-mode
  psa_set_key_algorithm(attr, PSA_ALG_GCM);
  psa_set_key_bits(attr, 256);
  // ok: backdoor-hardcoded-key
  return psa_import_key(attr, material, 32, id);
}

void des_key(psa_key_attributes_t *attr) {
  // ruleid: backdoor-weak-cipher
  psa_set_key_type(attr, PSA_KEY_TYPE_DES);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'PSA_KEY_TYPE_DES' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  psa_set_key_algorithm(attr, PSA_ALG_CBC_NO_PADDING);
}

psa_status_t rsa_wrap(psa_key_id_t key, const uint8_t *in, size_t n, uint8_t *out, size_t *outl) {
  // ruleid: backdoor-rsa-without-oaep
  psa_status_t s = psa_asymmetric_encrypt(key, PSA_ALG_RSA_PKCS1V15_CRYPT, in, n, 0, 0, out, 512, outl);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'PSA_ALG_RSA_PKCS1V15_CRYPT' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  s |= psa_asymmetric_encrypt(key, PSA_ALG_RSA_OAEP(PSA_ALG_SHA_256), in, n, 0, 0, out, 512, outl);
  return s;
}
