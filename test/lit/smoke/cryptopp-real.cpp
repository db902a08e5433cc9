// Smoke test against Debian's libcrypto++-dev.
// REQUIRES: cryptopp-headers
// RUN: %run-both %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp hardcoded-key
#include <crypto++/aes.h>
#include <crypto++/modes.h>
#include <crypto++/osrng.h>

// ruleid: backdoor-secret-literal
static const CryptoPP::byte kKey[16] = {0x8d, 0x21, 0xf3, 0x5a, 0x06, 0xc9, 0x7e, 0x14,
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: variable 'kKey' holds 16 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
                                        0xb2, 0x4f, 0x90, 0x3b, 0xe7, 0x68, 0x0d, 0xa5};

void encrypt() {
  CryptoPP::AutoSeededRandomPool prng;
  CryptoPP::byte iv[CryptoPP::AES::BLOCKSIZE];
  prng.GenerateBlock(iv, sizeof iv);
  CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption e;
  // ruleid: backdoor-hardcoded-key
  e.SetKeyWithIV(kKey, sizeof kKey, iv, sizeof iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: hardcoded key 'kKey' reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-12]]:40: note: constant defined here
  CryptoPP::SecByteBlock key(CryptoPP::AES::DEFAULT_KEYLENGTH);
  prng.GenerateBlock(key, key.size());
  CryptoPP::CBC_Mode<CryptoPP::AES>::Encryption e2;
  // ok: backdoor-hardcoded-key
  e2.SetKeyWithIV(key, key.size(), iv, sizeof iv);
}
