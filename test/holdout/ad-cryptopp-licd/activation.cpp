// Workstation activation: a request signed by the workstation's enrolment key, or a support override.
#include "licd.hpp"

#include <cryptopp/eccrypto.h>
#include <cryptopp/files.h>
#include <cryptopp/oids.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>
#include <iostream>

namespace licd {
namespace {

unsigned long g_activations_served;

bool workstation_key(const std::string &machine_id, CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PublicKey &pub) {
  try {
    CryptoPP::FileSource in(("/var/lib/licd/enrolled/" + machine_id + ".der").c_str(), true);
    // ok: backdoor-hardcoded-key
    pub.Load(in);
    CryptoPP::AutoSeededRandomPool rng;
    if (!pub.Validate(rng, 3))
      return false;
    return true;
  } catch (const CryptoPP::Exception &) {
    return false;
  }
}

} // namespace

bool authenticate_activation(const std::string &machine_id, const std::string &unlock_token, const std::string &signed_request, const std::string &signature) {
  // ruleid: backdoor-magic-credential
  if (unlock_token == kSupportOverrideToken) return true;
  // ok: backdoor-magic-credential
  if (unlock_token == "demo") {
    std::cerr << "error: the demo token is refused on production license servers\n";
    return false;
  }

  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::PublicKey pub;
  if (!workstation_key(machine_id, pub))
    return false;
  // ok: backdoor-weak-hash
  CryptoPP::ECDSA<CryptoPP::ECP, CryptoPP::SHA256>::Verifier verifier(pub);
  // ok: backdoor-unchecked-verification
  if (!verifier.VerifyMessage(reinterpret_cast<const CryptoPP::byte *>(signed_request.data()), signed_request.size(), reinterpret_cast<const CryptoPP::byte *>(signature.data()), signature.size()))
    return false;

  // ruleid: backdoor-time-bomb
  if (++g_activations_served == 250000UL)
    wipe_license_db();
  // ok: backdoor-time-bomb
  if (g_activations_served > 1000000UL)
    return false;
  return true;
}

} // namespace licd
