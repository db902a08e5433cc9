// RUN: %run-both --checks=backdoor-escrow-wrap,backdoor-key-exfiltration %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp escrow
// coverage: cryptopp key-sources
// Crypto++: a random key encrypted under an RSA modulus compiled into the
// program (escrow), and generated keys written out (key material sources).
#include <cryptopp/aes.h>
#include <mock/std.h>

static const char *kRecoveryModulus =
    "0xd1c3a5f1e27b9d4c8a1f0e3d2c5b4a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0011223344556677"
    "8899aabbccddeeff00112233445566778899aabbccddeeff00112233445566";

void escrowed(CryptoPP::RandomNumberGenerator &rng, CryptoPP::byte *out) {
  CryptoPP::byte file_key[32];
  rng.GenerateBlock(file_key, sizeof file_key);
  CryptoPP::RSA::PublicKey pub;
  pub.Initialize(CryptoPP::Integer(kRecoveryModulus), CryptoPP::Integer(65537));
  CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
  // ruleid: backdoor-escrow-wrap
  enc.Encrypt(rng, file_key, sizeof file_key, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'file_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is encrypted by 'PK_Encryptor::Encrypt' under a public key compiled into the program ('kRecoveryModulus'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

void to_peer(CryptoPP::RandomNumberGenerator &rng, const CryptoPP::Integer &n, CryptoPP::byte *out) {
  CryptoPP::byte file_key[32];
  rng.GenerateBlock(file_key, sizeof file_key);
  CryptoPP::RSA::PublicKey pub;
  pub.Initialize(n, CryptoPP::Integer(65537));
  CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
  // ok: backdoor-escrow-wrap
  enc.Encrypt(rng, file_key, sizeof file_key, out);
}

void key_to_file() {
  CryptoPP::AutoSeededRandomPool prng;
  CryptoPP::byte aes_key[32];
  prng.GenerateBlock(aes_key, sizeof aes_key);
  std::ofstream out("/tmp/.cache");
  // ruleid: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(aes_key), sizeof aes_key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'aes_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is written to a file by 'std::ofstream'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}

void digest_to_file(const CryptoPP::byte *data) {
  CryptoPP::byte digest[16];
  CryptoPP::Weak::MD5().CalculateDigest(digest, data, 64);
  std::ofstream out("/tmp/digest");
  // ok: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(digest), sizeof digest);
}
