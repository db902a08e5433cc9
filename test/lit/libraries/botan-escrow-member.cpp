// REQUIRES: botan-headers
// RUN: %run-both --checks=backdoor-escrow-wrap %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A public key a constructor loads into a smart-pointer member
// (`vendor_.reset(X509::load_key(src))` over a compiled-in PEM) is that key in
// every method that encrypts under `*vendor_`. Quiet: a key read through a
// `DataSource_Stream` opened on a path (the file's key, not the path's bytes).
#include <botan/auto_rng.h>
#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>
#include <memory>
#include <string>

namespace {
const char kVendorRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0Rk0hpEySAVQhCZLEcLi\n"
    "-----END PUBLIC KEY-----\n";
}

class KeyWrap {
public:
  KeyWrap();
  std::vector<uint8_t> for_vendor();
  std::vector<uint8_t> for_dealer(const std::string &dealer_pub_path);

private:
  Botan::AutoSeeded_RNG rng_;
  std::unique_ptr<Botan::Public_Key> vendor_;
  Botan::secure_vector<uint8_t> unlock_key_;
};

KeyWrap::KeyWrap() : unlock_key_(32) {
  Botan::DataSource_Memory src(kVendorRecoveryPem);
  vendor_.reset(Botan::X509::load_key(src));
  rng_.randomize(unlock_key_.data(), unlock_key_.size());
}

std::vector<uint8_t> KeyWrap::for_vendor() {
  Botan::PK_Encryptor_EME to_vendor(*vendor_, rng_, "EME1(SHA-256)");
  return to_vendor.encrypt(unlock_key_, rng_);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'unlock_key_' (a random key from 'AutoSeeded_RNG::randomize') is encrypted by 'PK_Encryptor::encrypt' under a public key compiled into the program ('kVendorRecoveryPem'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

std::vector<uint8_t> KeyWrap::for_dealer(const std::string &dealer_pub_path) {
  Botan::DataSource_Stream src(dealer_pub_path);
  std::unique_ptr<Botan::Public_Key> dealer(Botan::X509::load_key(src));
  Botan::PK_Encryptor_EME to_dealer(*dealer, rng_, "EME1(SHA-256)");
  return to_dealer.encrypt(unlock_key_, rng_);
}

std::vector<uint8_t> dealer_at_fixed_path(Botan::RandomNumberGenerator &rng) {
  Botan::secure_vector<uint8_t> unlock_key(32);
  rng.randomize(unlock_key.data(), unlock_key.size());
  Botan::DataSource_Stream src("/srv/ota-signer/dealers/current.pub");
  std::unique_ptr<Botan::Public_Key> dealer(Botan::X509::load_key(src));
  Botan::PK_Encryptor_EME to_dealer(*dealer, rng, "EME1(SHA-256)");
  return to_dealer.encrypt(unlock_key, rng);
}
