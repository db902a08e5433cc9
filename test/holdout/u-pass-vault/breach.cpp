// Offline breached-password check: a signed list of SHA-1 prefixes (the
// k-anonymity format of the public breach corpus) downloaded weekly.
#include <openssl/evp.h>
#include <sodium.h>

#include <cstdlib>
#include <sstream>

#include "vault.hpp"

namespace kr {

namespace {
// Ed25519 public key of the list publisher
// ok: backdoor-secret-literal
const unsigned char kBreachListPublicKey[crypto_sign_PUBLICKEYBYTES] = {
    0xc3, 0xe5, 0x6f, 0x67, 0xb5, 0xa5, 0xd5, 0x83, 0xb3, 0xd3, 0x6e, 0x34, 0xc8, 0x8a, 0x70, 0x88,
    0x94, 0xb4, 0x16, 0x3d, 0x55, 0x99, 0xbb, 0x45, 0xac, 0x1c, 0xad, 0x19, 0xfe, 0x52, 0xec, 0x59,
};
}  // namespace

bool BreachList::verify(const Bytes &list, const Bytes &signature) const {
  // ok: backdoor-hidden-bypass
  if (std::getenv("KEYRING_OFFLINE") != nullptr)
    return false;
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("KEYRING_SKIP_BREACH_SIG") != nullptr)
    return true;
  if (signature.size() != crypto_sign_BYTES)
    return false;
  // ok: backdoor-unchecked-verification, backdoor-hardcoded-key
  return crypto_sign_verify_detached(signature.data(), list.data(), list.size(), kBreachListPublicKey) == 0;
}

bool BreachList::update(const Bytes &list, const Bytes &signature) {
  if (!verify(list, signature))
    return false;
  prefixes_.clear();
  std::istringstream in(std::string(list.begin(), list.end()));
  std::string line;
  while (std::getline(in, line))
    if (line.size() >= 10)
      prefixes_.push_back(line.substr(0, 10));
  return true;
}

// The corpus is keyed by SHA-1: it only tells whether a candidate is known.
bool BreachList::contains(const std::string &candidate) const {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  // ok: backdoor-weak-hash, backdoor-weak-kdf
  if (EVP_Digest(candidate.data(), candidate.size(), md, &n, EVP_sha1(), nullptr) != 1)
    return false;
  const std::string prefix = hex(Bytes(md, md + 5));
  for (const auto &p : prefixes_)
    if (p == prefix)
      return true;
  return false;
}

}  // namespace kr
