// RUN: %run-both --checks=backdoor-predictable-random,backdoor-constant-seed,backdoor-rigged-parameters %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp randomness
// coverage: cryptopp rigged-parameters
// Crypto++ generators: LC_RNG is a linear congruential generator; a
// RandomPool or LC_RNG seeded with a constant repeats its output;
// AutoSeededRandomPool draws from the operating system. Groups, curves and
// exponents built from Integer literals.
#include <cryptopp/aes.h>
#include <time.h>

using namespace CryptoPP;

void keys_from_lcg(const byte *iv) {
  // ruleid: backdoor-constant-seed
  LC_RNG lcg(12345);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constant data seeds 'LC_RNG'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  byte key[16];
  // ok: backdoor-predictable-random (one flow: reported where key reaches the cipher)
  lcg.GenerateBlock(key, sizeof key);
  CBC_Mode<AES>::Encryption enc;
  // ruleid: backdoor-predictable-random
  enc.SetKeyWithIV(key, sizeof key, iv, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: output of 'LC_RNG::GenerateBlock' reaches the 128-bit key of 'SimpleKeyingInterface::SetKeyWithIV'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-9]]:10: note: seeded with a constant here
}

// A generator object is seeded by its construction, like a <random> engine:
// the message says what the seed holds.
void nonce_from_clock(byte *nonce) {
  LC_RNG lcg((word32)time(nullptr));
  // ruleid: backdoor-predictable-random
  lcg.GenerateBlock(nonce, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'LC_RNG::GenerateBlock' becomes 'nonce'; 32 bits of clock time seed it, so the value can be recomputed by trying every seed [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-4]]:10: note: seeded with 32 bits of clock time here
}

// The seed is not in the unit (a parameter), or the generator is handed to a
// function that may reseed it: only "predictable".
void nonce_from_caller_seed(byte *nonce, word32 seed) {
  LC_RNG lcg(seed);
  // ruleid: backdoor-predictable-random
  lcg.GenerateBlock(nonce, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'LC_RNG::GenerateBlock' becomes 'nonce'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

void stir(RandomNumberGenerator &rng);

void nonce_after_stir(byte *nonce) {
  // ruleid: backdoor-constant-seed
  LC_RNG lcg(7);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: constant data seeds 'LC_RNG'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  stir(lcg);
  // ruleid: backdoor-predictable-random
  lcg.GenerateBlock(nonce, 12);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'LC_RNG::GenerateBlock' becomes 'nonce'; it is predictable, so anyone who saw a few outputs can guess it [backdoor-predictable-random]
}

void pool_with_constant_seed(const byte *iv) {
  static const byte kSeed[] = "fixed seed for the pool";
  RandomPool pool;
  // ruleid: backdoor-constant-seed
  pool.IncorporateEntropy(kSeed, sizeof kSeed);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: constant data 'kSeed' seeds 'RandomPool::IncorporateEntropy'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
}

void keys_from_os(const byte *iv) {
  AutoSeededRandomPool rng;
  byte key[16];
  rng.GenerateBlock(key, sizeof key);
  CBC_Mode<AES>::Encryption enc;
  // ok: backdoor-predictable-random, backdoor-constant-seed
  enc.SetKeyWithIV(key, sizeof key, iv, 16);
}

void rigged_curve() {
  Integer p("0xfffffffffffffffffffffffffffffffeffffffffffffffff");
  Integer a("0xfffffffffffffffffffffffffffffffefffffffffffffffc");
  Integer b("0x0000000000000000000000000000000000000000000000c3");
  // ruleid: backdoor-rigged-parameters
  ECP curve(p, a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'ECP' builds a custom curve over the field of x9_62 prime192v3 with a different 'b'; a curve chosen by someone else can hide a weakness; use the named curve [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-6]]:13: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:11: note: value defined here
}

void rigged_exponent(RandomNumberGenerator &rng) {
  InvertibleRSAFunction priv;
  // ruleid: backdoor-rigged-parameters
  priv.Initialize(rng, 3072, Integer(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: RSA public exponent 1 given to 'InvertibleRSAFunction::Initialize' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
}

void standard_parameters(RandomNumberGenerator &rng) {
  Integer p("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
  Integer a("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc");
  Integer b("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
  // ok: backdoor-rigged-parameters
  ECP p256(p, a, b);
  InvertibleRSAFunction priv;
  // ok: backdoor-rigged-parameters
  priv.Initialize(rng, 3072, Integer(65537));
}

// A function named for the secret returns the buffer an LC_RNG filled through
// its accessor: one flow, reported where the buffer is filled.
struct Challenge {
  byte bytes[16];
  byte *data() { return bytes; }
  unsigned size() const { return 16; }
};
Challenge new_challenge(LC_RNG &lcg) {
  Challenge challenge;
  // ruleid: backdoor-predictable-random
  lcg.GenerateBlock(challenge.data(), challenge.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: output of 'LC_RNG::GenerateBlock' becomes 'challenge'; {{.*}} [backdoor-predictable-random]
  // ok: backdoor-predictable-random
  return challenge;
}
