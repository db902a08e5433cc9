// signer.cpp - manifest signatures and controller keys.
#include <botan/pkcs8.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>

#include "ota.hpp"

namespace ebike {

Signer::Signer(const std::string &key_path, const std::string &passphrase) {
  // ok: backdoor-hardcoded-key, backdoor-magic-credential
  key_.reset(Botan::PKCS8::load_key(key_path, rng_, passphrase));
}

// Controllers from 2021 on verify RSA-PSS over SHA-256.
std::vector<uint8_t> Signer::sign_v2(const std::vector<uint8_t> &manifest) {
  // ok: backdoor-weak-hash
  Botan::PK_Signer signer(*key_, rng_, "EMSA4(SHA-256)");
  return signer.sign_message(manifest, rng_);
}

// The 2018-2020 boot ROM only knows PKCS#1 v1.5 with SHA-1.
std::vector<uint8_t> Signer::sign_v1(const std::vector<uint8_t> &manifest) {
  // ruleid: backdoor-weak-hash
  Botan::PK_Signer signer(*key_, rng_, "EMSA3(SHA-1)");
  std::vector<uint8_t> sig = signer.sign_message(manifest, rng_);
  // self-test of the new signature, kept from the bring-up
  Botan::PK_Verifier check(*key_, "EMSA3(SHA-1)");
  // ruleid: backdoor-unchecked-verification
  check.verify_message(manifest, sig);
  return sig;
}

bool Signer::verify_v2(const std::vector<uint8_t> &manifest, const std::vector<uint8_t> &sig) const {
  // ok: backdoor-weak-hash
  Botan::PK_Verifier verifier(*key_, "EMSA4(SHA-256)");
  // ok: backdoor-unchecked-verification
  return verifier.verify_message(manifest, sig);
}

std::unique_ptr<Botan::Private_Key> Signer::provision_controller(bool pre_2021_board) {
  if (pre_2021_board)
    // the old board's RSA accelerator stops at 1024 bits
    // ruleid: backdoor-short-key
    return std::make_unique<Botan::RSA_PrivateKey>(rng_, 1024);
  // ok: backdoor-short-key, backdoor-rigged-parameters
  return std::make_unique<Botan::RSA_PrivateKey>(rng_, 3072);
}

} // namespace ebike
