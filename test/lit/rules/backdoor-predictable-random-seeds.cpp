// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// The seed of a C++ engine, stated in the message: its construction or its
// seed() calls, a member seeded in a constructor or in its declaration, a
// single std::random_device value, a default-constructed engine.
#include <random>
#include <stdlib.h>
#include <openssl/evp.h>

void from_device(EVP_CIPHER_CTX *ctx) {
  std::random_device rd;
  std::mt19937 gen(rd());
  unsigned char k[32];
  for (auto &b : k) b = static_cast<unsigned char>(gen());
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'mersenne_twister_engine' reaches the 256-bit key of 'EVP_EncryptInit_ex'; 32 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}

void reseeded(EVP_CIPHER_CTX *ctx) {
  std::mt19937_64 gen;
  gen.seed(time(nullptr) ^ getpid());
  unsigned char k[16];
  for (auto &b : k) b = static_cast<unsigned char>(gen());
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'mersenne_twister_engine' reaches the 128-bit key of 'EVP_EncryptInit_ex'; 54 bits of clock time and process id seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
}

void never_seeded(EVP_CIPHER_CTX *ctx) {
  std::minstd_rand lcg;
  std::uniform_int_distribution<int> byte(0, 255);
  unsigned char k[16];
  for (auto &b : k) b = static_cast<unsigned char>(byte(lcg));
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'uniform_int_distribution' reaches the 128-bit key of 'EVP_EncryptInit_ex'; it is never seeded, so the value is the same in every run [backdoor-predictable-random]
}

class Wallet {
public:
  Wallet() : rng_(20240101u) {}
  void new_key(EVP_CIPHER_CTX *ctx) {
    unsigned char priv[32];
    for (auto &b : priv) b = static_cast<unsigned char>(rng_());
    // ruleid: backdoor-predictable-random
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, priv, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: output of 'mersenne_twister_engine' reaches the 256-bit key of 'EVP_EncryptInit_ex'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
  }

private:
  std::mt19937 rng_;
};

struct Minter {
  std::mt19937 rng{std::random_device{}()};
  void mint(char *session_id) {
    for (int i = 0; i < 8; ++i)
      // ruleid: backdoor-predictable-random
      session_id[i] = static_cast<char>('a' + rng() % 26);
      // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: output of 'mersenne_twister_engine' becomes 'session_id'; 32 bits of std::random_device output seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  }
};

// An engine handed in: its seed is the caller's, and not stated.
void from_caller(EVP_CIPHER_CTX *ctx, std::mt19937 &gen) {
  unsigned char k[16];
  for (auto &b : k) b = static_cast<unsigned char>(gen());
  // ruleid: backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_gcm(), nullptr, k, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: output of 'mersenne_twister_engine' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

// ok: backdoor-predictable-random (a shuffle seeded from the clock keeps nothing secret)
int pick(int n) {
  std::mt19937 gen(static_cast<unsigned>(time(nullptr)));
  std::uniform_int_distribution<int> d(0, n - 1);
  return d(gen);
}
