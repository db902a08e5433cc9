// Crypto++ key objects against Debian's libcrypto++-dev: a SecByteBlock's
// storage read through its inline accessors (data(), BytePtr()) is the
// block's, so a random key in one sent out is key material; a private key
// loaded (PKCS8PrivateKey::Load, BERDecode) from a compiled-in DER decoded by
// a HexDecoder pipeline is an embedded private key. Quiet: a random nonce
// sent, a private key loaded from a file, a public key loaded from
// compiled-in bytes.
// REQUIRES: cryptopp-headers
// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-key-exfiltration %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <crypto++/eccrypto.h>
#include <crypto++/files.h>
#include <crypto++/filters.h>
#include <crypto++/hex.h>
#include <crypto++/oids.h>
#include <crypto++/osrng.h>
#include <crypto++/rsa.h>
#include <string>
#include <sys/socket.h>

namespace {
const char kSigningKeyDerHex[] =
    "3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420"
    "5f0c9a4be1d27c83a6e54f19b07d3c2e81a9f6d45b0e73c21d8f6a4e9b3c7d10";
const char kVendorPubDerHex[] =
    "3059301306072a8648ce3d020106082a8648ce3d03010703420004a1b2c3d4e5f60718"
    "293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b"
    "5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90";
} // namespace

void report_tenant(int fd) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::SecByteBlock tenant_key(32);
  rng.GenerateBlock(tenant_key, tenant_key.size());
  std::string hex;
  CryptoPP::StringSource(tenant_key.data(), tenant_key.size(), true,
                         new CryptoPP::HexEncoder(new CryptoPP::StringSink(hex)));
  const std::string body = "tenant_key=" + hex;
  // ruleid: backdoor-key-exfiltration
  send(fd, body.data(), body.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'body' (a random key 'tenant_key' from 'RandomNumberGenerator::GenerateBlock') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
}

void hand_over(int fd) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::SecByteBlock session_key(16);
  rng.GenerateBlock(session_key.BytePtr(), session_key.size());
  // ruleid: backdoor-key-exfiltration
  send(fd, session_key.BytePtr(), session_key.size(), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'session_key' (a random key from 'RandomNumberGenerator::GenerateBlock') is sent over the network by 'send'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
}

bool load_signing_key(CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PrivateKey &key) {
  std::string der;
  CryptoPP::StringSource(kSigningKeyDerHex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(der)));
  CryptoPP::StringSource src(der, true);
  // ruleid: backdoor-hardcoded-key
  key.Load(src);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: hardcoded private key 'kSigningKeyDerHex' reaches the private key of 'ASN1CryptoMaterial::Load'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  CryptoPP::AutoSeededRandomPool rng;
  return key.Validate(rng, 2);
}

void load_rsa(CryptoPP::RSA::PrivateKey &key) {
  std::string der;
  CryptoPP::StringSource(kSigningKeyDerHex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(der)));
  CryptoPP::StringSource src(der, true);
  // ruleid: backdoor-hardcoded-key
  key.BERDecode(src);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: hardcoded private key 'kSigningKeyDerHex' reaches the private key of 'InvertibleRSAFunction::BERDecode'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
}

/* Negative cases. */
void send_nonce(int fd) {
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::SecByteBlock nonce(12);
  rng.GenerateBlock(nonce, nonce.size());
  // ok: backdoor-key-exfiltration
  send(fd, nonce.data(), nonce.size(), 0);
}

void load_from_file(CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PrivateKey &key) {
  CryptoPP::FileSource file("/etc/licd/signing.der", true);
  // ok: backdoor-hardcoded-key
  key.Load(file);
}

void load_vendor_key(CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PublicKey &pub) {
  std::string der;
  CryptoPP::StringSource(kVendorPubDerHex, true, new CryptoPP::HexDecoder(new CryptoPP::StringSink(der)));
  CryptoPP::StringSource src(der, true);
  // ok: backdoor-hardcoded-key
  pub.Load(src);
}
