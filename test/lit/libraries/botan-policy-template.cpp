// RUN: %run-both --checks=backdoor-weak-cipher %s -- %mock -std=c++17 -I%S/Inputs | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A cipher chosen by a policy struct handed to the project's own class
// template in a header (Inputs/cipher_policy.hpp: `Sealer<CipherPolicy>`
// calls `create_or_throw(CipherPolicy::spec, ...)`): reported where the
// unit names the weak specialization, with the template's call as a note;
// Botan's own spelling "CAST-128" is CAST5. The strong specialization is
// quiet.
#include "cipher_policy.hpp"

void seal_all() {
  // ok: backdoor-weak-cipher
  const Sealer<Aes256Gcm> modern;
  auto a = modern.encryptor();
  // ruleid: backdoor-weak-cipher
  const Sealer<Cast128Cbc> archive;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'CAST-128/CBC/PKCS7' selects the legacy cipher CAST5 with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: cipher_policy.hpp:19:48: note: 'Sealer' uses it here
  auto b = archive.encryptor();
  // ruleid: backdoor-weak-cipher
  const Sealer<Blowfish> old;
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'Blowfish/CBC/PKCS7' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  auto c = old.encryptor();
}
