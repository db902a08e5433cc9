// Smoke test against Debian's libgnutls28-dev.
// REQUIRES: gnutls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <gnutls/gnutls.h>
#include <gnutls/crypto.h>

// ruleid: backdoor-secret-literal
static unsigned char kKeyBytes[16] = {0x93, 0x4a, 0x1e, 0x72, 0xb8, 0x05, 0xcd, 0x61,
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: variable 'kKeyBytes' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                      0x2f, 0xe4, 0x5a, 0x97, 0x30, 0x8c, 0x4d, 0xf1};

int open_cipher(gnutls_cipher_hd_t *h, unsigned char *iv_bytes) {
  gnutls_datum_t key = {kKeyBytes, sizeof kKeyBytes};
  gnutls_datum_t iv = {iv_bytes, 16};
  // ruleid: backdoor-hardcoded-key
  return gnutls_cipher_init(h, GNUTLS_CIPHER_AES_128_CBC, &key, &iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: hardcoded key 'kKeyBytes' reaches the key of 'gnutls_cipher_init'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-10]]:38: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:24: note: value defined here
}
