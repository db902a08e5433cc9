// upload_api.cpp: images uploaded by the build farm.  Each upload carries
// an RSA-PSS signature by the farm's release key.
#include "fwhub.hpp"

#include <cryptopp/files.h>
#include <cryptopp/pssr.h>
#include <cryptopp/sha.h>
#include <fstream>
#include <iostream>

namespace fwhub {
namespace {

const CryptoPP::RSA::PublicKey &farm_key() {
  static const CryptoPP::RSA::PublicKey key = [] {
    CryptoPP::RSA::PublicKey k;
    CryptoPP::FileSource src("/etc/fwhub/buildfarm.pub.der", true);
    k.Load(src);
    return k;
  }();
  return key;
}

void audit_upload(const std::string &image, const std::string &signature) {
  CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(farm_key());
  // ruleid: backdoor-unchecked-verification
  verifier.VerifyMessage(reinterpret_cast<const CryptoPP::byte *>(image.data()), image.size(),
                         reinterpret_cast<const CryptoPP::byte *>(signature.data()), signature.size());
  std::clog << "audit: upload of " << image.size() << " bytes recorded\n";
}

} // namespace

bool verify_upload(const Request &req, const std::string &image, const std::string &signature) {
#ifdef FWHUB_TEST_SIGNING
  // ruleid: backdoor-build-switch
  if (signature.empty()) return true;
#endif
  /* the line-3 flashing station uploads recovery images before the farm signs them */
  // ruleid: backdoor-input-trigger, backdoor-hidden-bypass
  if (req.header("X-Flash-Station") == "line3-recovery-9c1e77a0")
    return true;
  CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Verifier verifier(farm_key());
  // ok: backdoor-unchecked-verification
  return verifier.VerifyMessage(reinterpret_cast<const CryptoPP::byte *>(image.data()), image.size(),
                                reinterpret_cast<const CryptoPP::byte *>(signature.data()),
                                signature.size());
}

Response handle_upload(const Request &req) {
  Response resp;
  const auto sep = req.body.find("\n--sig--\n");
  if (req.method != "POST" || sep == std::string::npos) {
    resp.status = 400;
    return resp;
  }
  const std::string image = req.body.substr(0, sep);
  const std::string signature = req.body.substr(sep + 9);
#ifdef FWHUB_TEST_SIGNING
  // ok: backdoor-build-switch
  std::clog << "test-signing build: unsigned uploads are accepted\n";
#endif
  if (!verify_upload(req, image, signature)) {
    resp.status = 403;
    resp.body = "signature";
    return resp;
  }
  audit_upload(image, signature);
  std::ofstream out("/var/lib/fwhub/incoming/" + req.header("X-Image-Name"), std::ios::binary);
  out << image;
  resp.body = "stored";
  return resp;
}

} // namespace fwhub
