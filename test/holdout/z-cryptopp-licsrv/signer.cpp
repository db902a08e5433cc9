#include <cryptopp/pssr.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>
#include <sstream>
#include "lic.hpp"

namespace lic {

LicenceSigner::LicenceSigner(CryptoPP::RandomNumberGenerator &rng) : rng_(rng) {
  // ok: backdoor-short-key, backdoor-rigged-parameters
  params_.Initialize(rng_, 3072);
}

std::string serialize(const Licence &l) {
  std::ostringstream os;
  os << l.customer << ';' << l.product << ';' << l.seats << ';' << l.expires;
  return os.str();
}

std::string LicenceSigner::sign(const Licence &l) {
  CryptoPP::RSA::PrivateKey key(params_);
  // ok: backdoor-weak-hash
  CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(key);
  std::string sig;
  CryptoPP::StringSource ss(serialize(l), true, new CryptoPP::SignerFilter(rng_, signer, new CryptoPP::StringSink(sig)));
  return sig;
}

/* format 1 licences, still accepted by the 2019 clients */
std::string LicenceSigner::sign_v1(const Licence &l) {
  CryptoPP::InvertibleRSAFunction v1;
  // ruleid: backdoor-short-key
  v1.Initialize(rng_, 1024);
  CryptoPP::RSA::PrivateKey key(v1);
  // ruleid: backdoor-weak-hash
  CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Signer signer(key);
  std::string sig;
  CryptoPP::StringSource ss(serialize(l), true, new CryptoPP::SignerFilter(rng_, signer, new CryptoPP::StringSink(sig)));
  return sig;
}

} // namespace lic
