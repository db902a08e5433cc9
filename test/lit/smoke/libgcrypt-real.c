// Smoke test against Debian's libgcrypt20-dev.
// REQUIRES: gcrypt-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <gcrypt.h>

void setup(gcry_cipher_hd_t h) {
  // ruleid: backdoor-hardcoded-key
  gcry_cipher_setkey(h, "0f1e2d3c4b5a69788796a5b4c3d2e1f0", 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: a hardcoded key reaches the key of 'gcry_cipher_setkey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  unsigned char iv[16];
  gcry_create_nonce(iv, sizeof iv);
  // ok: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, iv, sizeof iv);
}
