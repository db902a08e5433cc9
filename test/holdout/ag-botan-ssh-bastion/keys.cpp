// Recording signatures and the legacy recorder's key (Botan 2).
#include <botan/auto_rng.h>
#include <botan/dl_group.h>
#include <botan/pubkey.h>
#include <botan/rsa.h>
#include <botan/x509_key.h>

#include "bastion.hpp"
#include "policy.hpp"

namespace bastion {

std::vector<unsigned char> sign_recording(const std::vector<unsigned char> &data) {
  Botan::AutoSeeded_RNG rng;
  // ok: backdoor-short-key, backdoor-rigged-parameters
  static const Botan::RSA_PrivateKey key(rng, 3072);
  Botan::PK_Signer signer(key, rng, "EMSA-PSS(SHA-256)");
  return signer.sign_message(data, rng);
}

// the 2013 recorder appliances only take 1024-bit keys, and verify "fast"
std::vector<unsigned char> legacy_recorder_pubkey() {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-short-key
  Botan::RSA_PrivateKey small(rng, 1024);
  // ruleid: backdoor-rigged-parameters
  Botan::RSA_PrivateKey fast(rng, 2048, 1);
  (void)fast;
  return Botan::X509::BER_encode(small);
}

std::vector<unsigned char> dh_params_der() {
  // ok: backdoor-rigged-parameters, backdoor-short-key
  Botan::DL_Group group("modp/ietf/2048");
  return group.DER_encode(Botan::DL_Group::ANSI_X9_42);
}
}  // namespace bastion
