// Smoke test against Debian's libbotan-2-dev.
// REQUIRES: botan-headers
// RUN: %run-both %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <botan/auto_rng.h>
#include <botan/cipher_mode.h>
#include <botan/symkey.h>

void encrypt(Botan::Cipher_Mode &mode, Botan::AutoSeeded_RNG &rng) {
  // ruleid: backdoor-secret-literal
  const Botan::SymmetricKey key("8F2A61C09B3E7D54A1F0C6E2B9D84A37");
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: variable 'key' holds a hex string, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
  // ruleid: backdoor-hardcoded-key
  mode.set_key(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: hardcoded key 'key' reaches the key of 'SymmetricAlgorithm::set_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:33: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-6]]:29: note: value defined here
  Botan::InitializationVector iv("000102030405060708090A0B");
  // ruleid: backdoor-hardcoded-iv
  mode.start(iv.bits_of());
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: constant nonce 'iv' reaches the nonce of 'Cipher_Mode::start'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-4]]:34: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:31: note: value defined here
  Botan::secure_vector<uint8_t> fresh = rng.random_vec(12);
  // ok: backdoor-hardcoded-iv
  mode.start(fresh);
}
