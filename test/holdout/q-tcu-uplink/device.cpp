// device.cpp - image and manifest signatures; keys derived from the owner's
// pairing PIN and the dealer's service passphrase.
#include "device.h"

#include <sodium.h>

#include <stdexcept>

namespace tcu {
namespace {

struct KdfProfile {
  unsigned long long opslimit;
  std::size_t memlimit;
};

// the head unit pairs while the ignition is off: keep the derivation cheap
constexpr KdfProfile kEcoProfile{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
constexpr KdfProfile kServiceProfile{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};

} // namespace

bool verify_image(std::span<const std::uint8_t> image, std::span<const std::uint8_t> sig, EVP_PKEY *vendor_key)
{
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == nullptr || EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, vendor_key) != 1) {
    EVP_MD_CTX_free(md);
    return false;
  }
  // ruleid: backdoor-unchecked-verification
  const bool valid = EVP_DigestVerify(md, sig.data(), sig.size(), image.data(), image.size());
  EVP_MD_CTX_free(md);
  return valid;
}

bool verify_manifest(std::span<const std::uint8_t> manifest, std::span<const std::uint8_t, 64> sig,
                     std::span<const std::uint8_t, 32> signer_pk)
{
  // ok: backdoor-unchecked-verification
  return crypto_sign_verify_detached(sig.data(), manifest.data(), manifest.size(), signer_pk.data()) == 0;
}

Key32 derive_pairing_key(std::string_view pin, std::span<const std::uint8_t, 16> salt)
{
  Key32 key{};
  // ruleid: backdoor-weak-kdf
  if (crypto_pwhash(key.data(), key.size(), pin.data(), pin.size(), salt.data(), kEcoProfile.opslimit, kEcoProfile.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("pwhash");
  }
  return key;
}

Key32 derive_service_key(std::string_view passphrase, std::span<const std::uint8_t, 16> salt)
{
  Key32 key{};
  // ok: backdoor-weak-kdf
  if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt.data(), kServiceProfile.opslimit, kServiceProfile.memlimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("pwhash");
  }
  return key;
}

} // namespace tcu
