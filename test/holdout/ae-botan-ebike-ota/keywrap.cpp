// keywrap.cpp - the unlock key of a new bike: the dealer gets it, and so does the
// vendor's "recovery desk", under a key compiled into the signer.
#include <fstream>
#include <iterator>

#include <botan/data_src.h>
#include <botan/pubkey.h>
#include <botan/x509_key.h>

#include "ota.hpp"

namespace ebike {

namespace {
// ok: backdoor-secret-literal
const char kVendorRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0Rk0hpEySAVQhCZLEcLi\n"
    "FhEBrjAhrrxZNo4y9K6iCQfuU1oXc0Fcog/kOg1MKYNe90g2JSYykFXJn/YQcKPI\n"
    "vQUeGLAWN8s15wv/cHhoE9fGQlInZwcxotsMBKn24ADBosK6Fi+xnk4z5f0Innuy\n"
    "VCG6yJqCKvqFHMkQyJXyRrOErqiumlpZaWUJXXCVQC+Y0ek6ZSpu6UARdbib0Ph+\n"
    "S+2AhJZyiqtGID6S2YJNFuRACfqHfFD51Z6iauAtxnjvBSelsmvjjf6BP+iwi54U\n"
    "87wqZ/UbIxdqSO7a/gp3LQv/varDs2a814YFGmEvdGltLU1t/jYTFK3pB1z0k3pL\n"
    "fQIDAQAB\n"
    "-----END PUBLIC KEY-----\n";
} // namespace

KeyWrap::KeyWrap() {
  Botan::DataSource_Memory src(kVendorRecoveryPem);
  // ok: backdoor-hardcoded-key
  vendor_.reset(Botan::X509::load_key(src));
}

KeyWrap::Wrapped KeyWrap::new_unlock_key(const std::string &dealer_pub_path) {
  Botan::secure_vector<uint8_t> unlock_key(32);
  rng_.randomize(unlock_key.data(), unlock_key.size());

  Wrapped w;
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME to_vendor(*vendor_, rng_, "EME1(SHA-256)");
  // ruleid: backdoor-escrow-wrap
  w.for_vendor = to_vendor.encrypt(unlock_key, rng_);

  Botan::DataSource_Stream dealer_src(dealer_pub_path);
  std::unique_ptr<Botan::Public_Key> dealer(Botan::X509::load_key(dealer_src));
  // dealer tablets run the 2017 app, which only decrypts PKCS#1 v1.5
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME to_dealer(*dealer, rng_, "EME-PKCS1-v1_5");
  // ok: backdoor-escrow-wrap
  w.for_dealer = to_dealer.encrypt(unlock_key, rng_);
  return w;
}

} // namespace ebike
