// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-rsa-without-oaep,backdoor-short-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: botan weak-primitive
// coverage: botan key-size
// Botan 2 and 3 name algorithms in string specifications.
#include <botan/symkey.h>

void modes() {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  auto des = Botan::Cipher_Mode::create("DES/ECB", Botan::ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'DES/ECB' selects DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-2]]:41: warning: 'DES/ECB' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  auto tdes = Botan::Cipher_Mode::create_or_throw("TripleDES/CBC/PKCS7", Botan::DECRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'TripleDES/CBC/PKCS7' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto cbc = Botan::Cipher_Mode::create("AES-128/CBC/NoPadding", Botan::ENCRYPTION);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  auto gcm = Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
}

void schemes(const Botan::Public_Key &pub, const Botan::Private_Key &priv,
             Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME v15(pub, rng, "EME-PKCS1-v1_5");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: 'EME-PKCS1-v1_5' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Decryptor_EME dec(priv, rng, "PKCS1v15");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: 'PKCS1v15' selects PKCS#1 v1.5 padding for RSA decryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME oaep(pub, rng, "EME1(SHA-256)");
  // ruleid: backdoor-weak-hash
  Botan::PK_Signer signer(priv, rng, "EMSA3(SHA-1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'EMSA3(SHA-1)' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  Botan::PK_Signer pss(priv, rng, "EMSA4(SHA-256)");
  // ruleid: backdoor-weak-hash
  auto pbkdf = Botan::get_pbkdf("PBKDF2(SHA-1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'PBKDF2(SHA-1)' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  auto strong = Botan::get_pbkdf("PBKDF2(SHA-256)");
  // ruleid: backdoor-weak-hash
  auto mac = Botan::MessageAuthenticationCode::create("HMAC(MD5)");
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 'HMAC(MD5)' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
}

void sizes(Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-short-key
  Botan::RSA_PrivateKey weak(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  Botan::RSA_PrivateKey strong(rng, 3072);
}

// Keys made by the smart-pointer factories are constructor calls too: the
// factory's arguments are the constructor's.
std::unique_ptr<Botan::RSA_PrivateKey> signer(Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
}

std::shared_ptr<Botan::RSA_PrivateKey> shared_signer(Botan::RandomNumberGenerator &rng, bool legacy) {
  size_t bits = 768;
  // ruleid: backdoor-short-key
  auto weak = std::make_shared<Botan::RSA_PrivateKey>(rng, bits);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: 768-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  return std::make_shared<Botan::RSA_PrivateKey>(rng, 3072);
}

std::unique_ptr<Botan::RSA_PrivateKey> strong_signer(Botan::RandomNumberGenerator &rng, size_t bits) {
  // ok: backdoor-short-key
  std::make_unique<Botan::RSA_PrivateKey>(rng, 4096);
  // ok: backdoor-short-key
  return std::make_unique<Botan::RSA_PrivateKey>(rng, bits);
}
