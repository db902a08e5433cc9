// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-hardcoded-iv,backdoor-weak-kdf,backdoor-constant-seed,backdoor-rigged-parameters %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: botan hardcoded-key
// coverage: botan hardcoded-iv
// coverage: botan password-kdf
// coverage: botan randomness
// coverage: botan rigged-parameters
// Botan keys and IVs from hex literals (SymmetricKey, InitializationVector),
// PBKDF parameters, generators seeded with constants, groups from literals.
#include <botan/symkey.h>

void cipher(Botan::Cipher_Mode &mode, Botan::RandomNumberGenerator &rng) {
  const Botan::SymmetricKey key("8F2A61C09B3E7D54A1F0C6E2B9D84A37");
  // ruleid: backdoor-hardcoded-key
  mode.set_key(key);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: hardcoded key 'key' reaches the key of 'SymmetricAlgorithm::set_key'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-5]]:29: note: value defined here
  Botan::InitializationVector iv("000102030405060708090A0B0C0D0E0F");
  // ruleid: backdoor-hardcoded-iv
  mode.start(iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: constant nonce 'iv' reaches the nonce of 'Cipher_Mode::start'; reusing a nonce breaks the confidentiality and authenticity of GCM, CCM and ChaCha20-Poly1305 [backdoor-hardcoded-iv]
  uint8_t fresh_key[32], fresh_iv[16];
  rng.randomize(fresh_key, sizeof fresh_key);
  rng.randomize(fresh_iv, sizeof fresh_iv);
  // ok: backdoor-hardcoded-key
  mode.set_key(fresh_key, sizeof fresh_key);
  // ok: backdoor-hardcoded-iv
  mode.start(fresh_iv, sizeof fresh_iv);
}

void kdf(const Botan::PBKDF &pbkdf, const std::string &password, Botan::RandomNumberGenerator &rng) {
  static const uint8_t kSalt[16] = {'s', 'a', 'l', 't', 's', 'a', 'l', 't', 's', 'a', 'l', 't', 's', 'a', 'l', 't'};
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  pbkdf.derive_key(32, password, kSalt, sizeof kSalt, 1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: constant salt 'kSalt' reaches the salt of 'PBKDF::derive_key'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-2]]:55: warning: the PBKDF2 iteration count 1,000 of 'PBKDF::derive_key' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  uint8_t salt[16];
  rng.randomize(salt, sizeof salt);
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  pbkdf.derive_key(32, password, salt, sizeof salt, 310000);
}

void generators(Botan::RandomNumberGenerator &os) {
  static const uint8_t kSeed[16] = {'f', 'i', 'x', 'e', 'd', '-', 's', 'e', 'e', 'd', '-', '2', '0', '2', '6', '!'};
  std::vector<uint8_t> seed(kSeed, kSeed + sizeof kSeed);
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG fixed(seed);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: constant data 'kSeed' seeds 'ChaCha_RNG'; it adds no entropy, and where it is the only seed every key the generator makes is predictable [backdoor-constant-seed]
  // ok: backdoor-constant-seed
  Botan::AutoSeeded_RNG good;
}

static const char *kSmallP = "0x"
    "ad8cce60faf0a24eb7d93cf266b475d08ea500d2aeaf40e9602e605faf48eade"
    "f689f8fac136728ab09f823ba225e14401e3f18c94890ffbf4261807fb98f423";

void groups() {
  // ruleid: backdoor-rigged-parameters
  Botan::DL_Group custom(Botan::BigInt(kSmallP), Botan::BigInt(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the Diffie-Hellman modulus 'kSmallP' (512 bits) passed to 'DL_Group' is a safe prime but not one of the standard groups
  // ok: backdoor-rigged-parameters
  Botan::DL_Group standard("ffdhe/ietf/3072");
}

// get_cipher(algo, key, iv, dir) for a Pipe: the key and the IV; its
// overload without an IV takes the direction third, which is no IV.
Botan::Keyed_Filter *pipe_cipher(bool legacy) {
  const Botan::SymmetricKey key("9F0872AC3823F05F3B0D100AFA8245CC");
  const Botan::InitializationVector iv("A684C0CA6B036625B8A9E9FD349D88AA");
  if (legacy)
    // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
    return Botan::get_cipher("AES-128/CBC/PKCS7", key, iv, Botan::ENCRYPTION);
    // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: hardcoded key 'key' reaches the key of 'get_cipher'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
    // CHECK-MESSAGES: :[[@LINE-2]]:56: warning: constant IV 'iv' reaches the IV of 'get_cipher'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // ruleid: backdoor-hardcoded-key
  // ok: backdoor-hardcoded-iv
  return Botan::get_cipher("AES-128/CTR-BE", key, Botan::ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: hardcoded key 'key' reaches the key of 'get_cipher'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}
