// Smoke test against Debian's libsodium-dev.
// REQUIRES: sodium-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: libsodium hardcoded-key
#include <sodium.h>

// ruleid: backdoor-secret-literal
static const unsigned char kKey[crypto_secretbox_KEYBYTES] = {
// CHECK-MESSAGES: :[[@LINE-1]]:62: warning: variable 'kKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x4b, 0x19, 0xe2, 0x0a, 0x77, 0x3c, 0xd5, 0x81, 0x6e, 0x02, 0xfa, 0x93, 0x28, 0xb7, 0x5d, 0xc4,
    0x31, 0x8e, 0x67, 0xa9, 0x0f, 0xd2, 0x54, 0x1b, 0xe8, 0x76, 0x3a, 0xcd, 0x95, 0x42, 0x0c, 0xbf};

int seal(unsigned char *c, const unsigned char *m, unsigned long long n) {
  unsigned char nonce[crypto_secretbox_NONCEBYTES] = {0};
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  int r = crypto_secretbox_easy(c, m, n, nonce, kKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: constant nonce 'nonce' reaches the nonce of 'crypto_secretbox_easy'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-3]]:49: warning: hardcoded key 'kKey' reaches the key of 'crypto_secretbox_easy'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-12]]:62: note: constant defined here
  unsigned char k[crypto_secretbox_KEYBYTES], fresh[crypto_secretbox_NONCEBYTES];
  crypto_secretbox_keygen(k);
  randombytes_buf(fresh, sizeof fresh);
  // ok: backdoor-hardcoded-key
  return r | crypto_secretbox_easy(c, m, n, fresh, k);
}
