// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ engines: std::mt19937, std::minstd_rand, distributions; std::random_device is fine.
// coverage: openssl key-sources
#include <random>
#include <openssl/evp.h>

void keys(EVP_CIPHER_CTX *ctx) {
  std::mt19937 gen(42);
  unsigned char key[32];
  for (int i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    key[i] = static_cast<unsigned char>(gen());
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: output of 'mersenne_twister_engine' becomes 'key'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'mersenne_twister_engine' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
  std::minstd_rand lcg;
  std::uniform_int_distribution<int> dist(0, 255);
  unsigned char salt[16];
  for (int i = 0; i < 16; i++)
    // ruleid: backdoor-predictable-random
    salt[i] = static_cast<unsigned char>(dist(lcg));
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: output of 'uniform_int_distribution' becomes 'salt'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

// Negative cases: every engine, for games and simulations.
int monster_hp(std::mt19937 &gen) {
  std::uniform_int_distribution<int> d(10, 20);
  return d(gen);
}
unsigned particle_seed(std::minstd_rand &lcg) { return lcg(); }
int wander(std::default_random_engine &eng) {
  std::uniform_int_distribution<int> step(-1, 1);
  return step(eng);
}
void safe(EVP_CIPHER_CTX *ctx) {
  std::random_device rd;
  unsigned char key[32];
  for (int i = 0; i < 32; i++)
    key[i] = static_cast<unsigned char>(rd());
  // ok: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nullptr);
}
