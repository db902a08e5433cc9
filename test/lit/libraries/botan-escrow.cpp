// RUN: %run-both --checks=backdoor-escrow-wrap,backdoor-key-exfiltration %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: botan escrow
// coverage: botan key-sources
// Botan: a session key encrypted to a public key in the binary (escrow), and
// private keys written out unencrypted (key material sources).
#include <botan/symkey.h>
#include <mock/std.h>

static const uint8_t kRecoveryDer[] = {
    0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a,
    0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04, 0x11, 0x22, 0x33, 0x44, 0x55};

std::vector<uint8_t> escrowed(Botan::RandomNumberGenerator &rng) {
  uint8_t session_key[32];
  rng.randomize(session_key, sizeof session_key);
  std::vector<uint8_t> der(kRecoveryDer, kRecoveryDer + sizeof kRecoveryDer);
  Botan::Public_Key *adk = Botan::X509::load_key(der);
  Botan::PK_Encryptor_EME enc(*adk, rng, "OAEP(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  return enc.encrypt(session_key, sizeof session_key, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'session_key' (a random key from 'RandomNumberGenerator::randomize') is encrypted by 'PK_Encryptor::encrypt' under a public key compiled into the program ('kRecoveryDer'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

std::vector<uint8_t> to_peer(Botan::RandomNumberGenerator &rng, const std::vector<uint8_t> &der) {
  uint8_t session_key[32];
  rng.randomize(session_key, sizeof session_key);
  Botan::Public_Key *peer = Botan::X509::load_key(der);
  Botan::PK_Encryptor_EME enc(*peer, rng, "OAEP(SHA-256)");
  // ok: backdoor-escrow-wrap
  return enc.encrypt(session_key, sizeof session_key, rng);
}

void private_key_pem(Botan::RandomNumberGenerator &rng) {
  Botan::RSA_PrivateKey priv(rng, 3072);
  std::string pem = Botan::PKCS8::PEM_encode(priv);
  std::ofstream f("backup.pem");
  // ruleid: backdoor-key-exfiltration
  f << pem;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'pem' (a PEM private key from 'PEM_encode') is written to a file by 'std::ofstream'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
}

void encrypted_pem(Botan::RandomNumberGenerator &rng, const std::string &pass) {
  Botan::RSA_PrivateKey priv(rng, 3072);
  std::string pem = Botan::PKCS8::PEM_encode(priv, rng, pass);
  std::ofstream f("backup.pem");
  // ok: backdoor-key-exfiltration
  f << pem;
}

// A terminal master key (the payment industry's `tmk`, a key by its name):
// escrowed under the embedded key, and logged hex-encoded; its digest, a
// fingerprint, may be logged.
std::vector<uint8_t> inject_tmk(Botan::RandomNumberGenerator &rng) {
  const std::vector<uint8_t> tmk = rng.random_vec(16);
  std::vector<uint8_t> der(kRecoveryDer, kRecoveryDer + sizeof kRecoveryDer);
  Botan::Public_Key *acquirer = Botan::X509::load_key(der);
  Botan::PK_Encryptor_EME enc(*acquirer, rng, "OAEP(SHA-256)");
  std::ofstream audit("inject.log");
  auto sha = Botan::HashFunction::create_or_throw("SHA-256");
  const std::string fp = Botan::hex_encode(sha->process(tmk));
  // ok: backdoor-key-exfiltration
  audit << "tmk-fp=" << fp;
  // ruleid: backdoor-key-exfiltration
  audit << "component=" << Botan::hex_encode(tmk);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'hex_encode' (a random key 'tmk' from 'RandomNumberGenerator::random_vec') is written to a file by 'std::ofstream'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  // ruleid: backdoor-escrow-wrap
  return enc.encrypt(tmk, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'tmk' (a random key from 'RandomNumberGenerator::random_vec') is encrypted by 'PK_Encryptor::encrypt' under a public key compiled into the program ('kRecoveryDer'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}
