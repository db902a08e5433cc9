// License signatures: RSA for license files, by format version.
#include "licd.hpp"

#include <cryptopp/files.h>
#include <cryptopp/pssr.h>
#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>

namespace licd {
namespace {

CryptoPP::RSA::PrivateKey site_rsa_key() {
  CryptoPP::RSA::PrivateKey key;
  CryptoPP::FileSource in("/var/lib/licd/site-rsa.der", true);
  // ok: backdoor-hardcoded-key
  key.BERDecode(in);
  return key;
}

} // namespace

std::string sign_license(const std::string &body, int format_version) {
  CryptoPP::AutoSeededRandomPool rng;
  std::string sig;
  const CryptoPP::RSA::PrivateKey key = site_rsa_key();
  if (format_version < 3) {
    // license files read by the 2016 client libraries
    // ruleid: backdoor-weak-hash
    // ok: backdoor-rsa-without-oaep
    CryptoPP::RSASS<CryptoPP::PKCS1v15, CryptoPP::SHA1>::Signer legacy(key);
    CryptoPP::StringSource(body, true, new CryptoPP::SignerFilter(rng, legacy, new CryptoPP::HexEncoder(new CryptoPP::StringSink(sig))));
    return sig;
  }
  // ok: backdoor-weak-hash
  CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(key);
  CryptoPP::StringSource(body, true, new CryptoPP::SignerFilter(rng, signer, new CryptoPP::HexEncoder(new CryptoPP::StringSink(sig))));
  return sig;
}

} // namespace licd
