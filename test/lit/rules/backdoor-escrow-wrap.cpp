// RUN: %run-both --checks=backdoor-escrow-wrap %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Crypto++ and Botan: a session key encrypted to a public key in the binary.
// coverage: cryptopp escrow
// coverage: botan escrow
#include <cryptopp/aes.h>
#include <botan/symkey.h>
#include <mock/std.h>

static const char *kEscrowModulus =
    "0xc3a5f1e27b9d4c8a1f0e3d2c5b4a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff00112233445566778"
    "899aabbccddeeff00112233445566778899aabbccddeeff0011223344556677";

class Vault {
public:
  void seal(CryptoPP::RandomNumberGenerator &rng, CryptoPP::byte *out) {
    CryptoPP::byte file_key[32];
    rng.GenerateBlock(file_key, sizeof file_key);
    CryptoPP::RSA::PublicKey pub;
    pub.Initialize(CryptoPP::Integer(kEscrowModulus), CryptoPP::Integer(65537));
    CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
    // ruleid: backdoor-escrow-wrap
    enc.Encrypt(rng, file_key, sizeof file_key, out);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'file_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is encrypted by 'PK_Encryptor::Encrypt' under a public key compiled into the program ('kEscrowModulus'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
    // CHECK-MESSAGES: :[[@LINE-14]]:5: note: public key defined here
    // CHECK-MESSAGES: :[[@LINE-6]]:20: note: value assigned here
    // CHECK-MESSAGES: :[[@LINE-6]]:40: note: value defined here
    // CHECK-MESSAGES: :[[@LINE-10]]:5: note: key material produced here
  }
};


static const uint8_t kAdkDer[] = {
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a,
    0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04, 0x11, 0x22, 0x33, 0x44, 0x55};

std::vector<uint8_t> botan_escrow(Botan::RandomNumberGenerator &rng) {
  uint8_t session_key[32];
  rng.randomize(session_key, sizeof session_key);
  std::vector<uint8_t> der(kAdkDer, kAdkDer + sizeof kAdkDer);
  Botan::Public_Key *adk = Botan::X509::load_key(der);
  Botan::PK_Encryptor_EME enc(*adk, rng, "OAEP(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  return enc.encrypt(session_key, sizeof session_key, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'session_key' (a random key from 'RandomNumberGenerator::randomize') is encrypted by 'PK_Encryptor::encrypt' under a public key compiled into the program ('kAdkDer'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  // CHECK-MESSAGES: :[[@LINE-13]]:34: note: public key defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:28: note: passed through here
  // CHECK-MESSAGES: :[[@LINE-7]]:27: note: value defined here
  // CHECK-MESSAGES: :[[@LINE-11]]:3: note: key material produced here
}

std::vector<uint8_t> botan_peer(Botan::RandomNumberGenerator &rng, const std::vector<uint8_t> &der) {
  uint8_t session_key[32];
  rng.randomize(session_key, sizeof session_key);
  Botan::Public_Key *adk = Botan::X509::load_key(der);
  Botan::PK_Encryptor_EME enc(*adk, rng, "OAEP(SHA-256)");
  // ok: backdoor-escrow-wrap
  return enc.encrypt(session_key, sizeof session_key, rng);
}

void cryptopp_peer(CryptoPP::RandomNumberGenerator &rng, const CryptoPP::Integer &n, CryptoPP::byte *out) {
  CryptoPP::byte file_key[32];
  rng.GenerateBlock(file_key, sizeof file_key);
  CryptoPP::RSA::PublicKey pub;
  pub.Initialize(n, CryptoPP::Integer(65537));
  CryptoPP::RSAES_OAEP_SHA_Encryptor enc(pub);
  // ok: backdoor-escrow-wrap
  enc.Encrypt(rng, file_key, sizeof file_key, out);
}

// A SecByteBlock handed over through its conversion to byte *, and a
// recovery key held in a member the constructor initialises.
class Issuer {
public:
  Issuer() { recovery_.Initialize(CryptoPP::Integer(kEscrowModulus), CryptoPP::Integer(65537)); }
  void issue(CryptoPP::byte *for_customer, CryptoPP::byte *for_vendor) {
    CryptoPP::SecByteBlock license_key(32);
    rng_.GenerateBlock(license_key, license_key.size());
    CryptoPP::RSAES_OAEP_SHA_Encryptor to_customer(customer_);
    // ok: backdoor-escrow-wrap
    to_customer.Encrypt(rng_, license_key, license_key.size(), for_customer);
    CryptoPP::RSAES_OAEP_SHA_Encryptor to_vendor(recovery_);
    // ruleid: backdoor-escrow-wrap
    to_vendor.Encrypt(rng_, license_key, license_key.size(), for_vendor);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: key material 'license_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is encrypted by 'PK_Encryptor::Encrypt' under a public key compiled into the program ('kEscrowModulus'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
  }
  void set_customer(const CryptoPP::Integer &n) { customer_.Initialize(n, CryptoPP::Integer(65537)); }

private:
  CryptoPP::RSA::PublicKey recovery_;
  CryptoPP::RSA::PublicKey customer_;
  CryptoPP::AutoSeededRandomPool rng_;
};
