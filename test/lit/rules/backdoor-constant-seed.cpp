// RUN: %run-both --checks=backdoor-constant-seed %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Crypto++ and Botan generators seeded with constants.
// coverage: cryptopp randomness
#include <cryptopp/aes.h>
#include <botan/symkey.h>
#include <mock/std.h>

static const CryptoPP::byte kSeed[16] = {'f', 'i', 'x', 'e', 'd', '-', 's', 'e', 'e', 'd', '-', '2', '0', '2', '6', '!'};

void cryptopp_pool() {
  CryptoPP::RandomPool pool;
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kSeed, sizeof kSeed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'kSeed' seeds 'RandomPool::IncorporateEntropy'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-7]]:41: note: constant defined here
}

void botan_chacha() {
  std::vector<uint8_t> seed(kSeed, kSeed + sizeof kSeed);
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG rng(seed);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: constant data 'kSeed' seeds 'ChaCha_RNG'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // CHECK-MESSAGES: :[[@LINE-15]]:41: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:24: note: value defined here
}

// ---- not findings

void cryptopp_pool_from_os(CryptoPP::RandomNumberGenerator &os) {
  CryptoPP::byte fresh[32];
  os.GenerateBlock(fresh, sizeof fresh);
  CryptoPP::RandomPool pool;
  // ok: backdoor-constant-seed
  pool.IncorporateEntropy(fresh, sizeof fresh);
}
