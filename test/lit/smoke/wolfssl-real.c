// Smoke test against Debian's libwolfssl-dev.
// REQUIRES: wolfssl-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/random.h>

int setkey(Aes *aes, WC_RNG *rng) {
// ruleid: backdoor-secret-literal
  static const byte kKey[16] = {0x5c, 0x11, 0xe9, 0x3d, 0x80, 0x47, 0xb2, 0x6a,
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: variable 'kKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                0x13, 0xfe, 0x29, 0x84, 0x70, 0x0b, 0xd6, 0x9e};
  byte iv[16];
  wc_RNG_GenerateBlock(rng, iv, sizeof iv);
  // ruleid: backdoor-hardcoded-key
  return wc_AesSetKey(aes, kKey, sizeof kKey, iv, AES_ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: hardcoded key 'kKey' reaches the key of 'wc_AesSetKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:32: note: constant defined here
}
