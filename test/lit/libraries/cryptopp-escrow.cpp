// RUN: %run-both --checks=backdoor-escrow-wrap,backdoor-key-exfiltration %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp escrow
// coverage: cryptopp key-sources
// Crypto++: a random key encrypted under an RSA modulus compiled into the
// program (escrow), and generated keys written out (key material sources).
#include <cryptopp/aes.h>
#include <cryptopp/filters.h>
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

// A SubjectPublicKeyInfo compiled in, loaded whole into the key object
// through an ArraySource (`pub.Load(src)`); one read from a file is the
// owner's choice.
static const CryptoPP::byte kRecoverySpki[] = {
    0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01,
    0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01,
    0x00, 0xb3, 0x51, 0x0a, 0x9e, 0x47, 0x2c, 0xd1, 0x8f, 0x36, 0xe0, 0x7a, 0x95, 0x4b, 0x1c, 0x62};

void loaded(CryptoPP::RandomNumberGenerator &rng, const CryptoPP::byte *dek, size_t n, CryptoPP::byte *out) {
  CryptoPP::RSA::PublicKey pub;
  CryptoPP::ArraySource src(kRecoverySpki, sizeof kRecoverySpki, true);
  pub.Load(src);
  CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
  // ruleid: backdoor-escrow-wrap
  enc.Encrypt(rng, dek, n, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'dek' is encrypted by 'PK_Encryptor::Encrypt' under a public key compiled into the program ('kRecoverySpki'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

void loaded_from_file(CryptoPP::RandomNumberGenerator &rng, CryptoPP::BufferedTransformation &file,
                      const CryptoPP::byte *dek, size_t n, CryptoPP::byte *out) {
  CryptoPP::RSA::PublicKey pub;
  pub.Load(file);
  CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
  // ok: backdoor-escrow-wrap
  enc.Encrypt(rng, dek, n, out);
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
