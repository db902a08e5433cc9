// signer.cpp: image signatures.  Generation 1 bootloaders (2016) verify
// PKCS#1 v1.5 over SHA-1 only; generations 2 and 3 verify RSA-PSS.
#include "fwhub.hpp"

#include <cryptopp/filters.h>
#include <cryptopp/pssr.h>
#include <cryptopp/sha.h>
#include <stdexcept>

namespace fwhub {
namespace {

class PssSigner final : public ImageSigner {
public:
  std::string sign(const std::string &image) const override {
    std::string sig;
    // ok: backdoor-weak-hash
    CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(signing_key());
    CryptoPP::StringSource(image, true,
                           new CryptoPP::SignerFilter(system_rng(), signer, new CryptoPP::StringSink(sig)));
    return sig;
  }
  std::string_view scheme() const override { return "rsa-pss-sha256"; }
};

class Gen1Signer final : public ImageSigner {
public:
  std::string sign(const std::string &image) const override {
    std::string sig;
    // ruleid: backdoor-weak-hash
    CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Signer signer(signing_key());
    CryptoPP::StringSource(image, true,
                           new CryptoPP::SignerFilter(system_rng(), signer, new CryptoPP::StringSink(sig)));
    return sig;
  }
  std::string_view scheme() const override { return "rsa-pkcs1-sha1"; }
};

} // namespace

std::unique_ptr<ImageSigner> make_signer(int generation) {
  static const std::map<int, std::function<std::unique_ptr<ImageSigner>()>> kFactories = {
      {1, [] { return std::make_unique<Gen1Signer>(); }},
      {2, [] { return std::make_unique<PssSigner>(); }},
      {3, [] { return std::make_unique<PssSigner>(); }},
  };
  auto it = kFactories.find(generation);
  if (it == kFactories.end())
    throw std::invalid_argument("unknown device generation");
  return it->second();
}

} // namespace fwhub
