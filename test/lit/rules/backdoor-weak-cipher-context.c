// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A legacy low-level context keyed in the function (`mbedtls_des3_set2key_dec`)
// is reported where it is keyed; its uses add only what they choose
// themselves (ECB). A context keyed elsewhere is reported at its use.
#include <mbedtls/cipher.h>

int card_auth_legacy(const unsigned char key16[16], unsigned char iv[8],
                     const unsigned char in[8], unsigned char out[8]) {
  mbedtls_des3_context des3;
  mbedtls_des3_init(&des3);
  // ruleid: backdoor-weak-cipher
  if (mbedtls_des3_set2key_dec(&des3, key16) != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'mbedtls_des3_set2key_dec' uses the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
    return -1;
  // ok: backdoor-weak-cipher
  if (mbedtls_des3_crypt_cbc(&des3, 0, 8, iv, in, out) != 0)
    return -1;
  // ruleid: backdoor-ecb-mode
  // ok: backdoor-weak-cipher
  return mbedtls_des3_crypt_ecb(&des3, out, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mbedtls_des3_crypt_ecb' uses Triple DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
}

/* A context its caller keyed: the use is where this function picks 3DES. */
int rewrap(mbedtls_des3_context *kek, unsigned char iv[8], const unsigned char *in, unsigned char *out) {
  // ruleid: backdoor-weak-cipher
  return mbedtls_des3_crypt_cbc(kek, 1, 16, iv, in, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'mbedtls_des3_crypt_cbc' uses the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}
