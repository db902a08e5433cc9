// Algorithms chosen by the template arguments of the project's own class
// template in a header (Inputs/sealer.h): reported where this file names the
// weak specialization, with the template's use as a note; the strong
// specialization of the same template is silent.
// REQUIRES: cryptopp-headers
// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include "Inputs/sealer.h"
#include <crypto++/aes.h>
#include <crypto++/des.h>
#include <crypto++/md5.h>
#include <crypto++/sha.h>
#include <memory>

std::unique_ptr<SealerBase> legacy() {
  // ruleid: backdoor-weak-cipher, backdoor-weak-hash
  return std::make_unique<Sealer<CryptoPP::DES_EDE2, Cbc, CryptoPP::Weak::MD5>>();
  // (Two findings at one place: their order differs between LLVM versions.)
  // CHECK-MESSAGES-DAG: :[[@LINE-2]]:27: warning: {{.*}}Triple DES{{.*}} [backdoor-weak-cipher]
  // CHECK-MESSAGES-DAG: :[[@LINE-3]]:27: warning: {{.*}}MD5{{.*}} [backdoor-weak-hash]
}
std::unique_ptr<SealerBase> tokens() {
  // ruleid: backdoor-ecb-mode
  return std::make_unique<Sealer<CryptoPP::AES, Ecb, CryptoPP::SHA256>>();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: {{.*}}ECB mode{{.*}} [backdoor-ecb-mode]
}
std::unique_ptr<SealerBase> current() {
  // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-weak-hash
  return std::make_unique<Sealer<CryptoPP::AES, Cbc, CryptoPP::SHA256>>();
}
