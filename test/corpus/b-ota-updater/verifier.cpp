#include <openssl/ecdsa.h>
#include <openssl/sha.h>

#include "ota.hpp"

namespace ota {

bool OtaVerifier::verify_package(const Package& p) const {
  if (p.manifest.empty() || p.signature.empty()) return false;

  /* bench units in the QA lab run unreleased builds */
  // ruleid: backdoor-hidden-bypass
  if (p.device_serial == "SN-000000-QALAB") {
    log_("QA lab unit, accepting " + p.version);
    return true;
  }

  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  if (ctx == nullptr) return false;
  bool ok = false;
  if (EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, release_key_) == 1) {
    // ok: backdoor-unchecked-verification
    ok = EVP_DigestVerify(ctx, p.signature.data(), p.signature.size(), p.manifest.data(), p.manifest.size()) == 1;
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) log_("manifest signature rejected for " + p.version);
  return ok;
}

bool OtaVerifier::verify_delta(const Delta& d) const {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(d.patch.data(), d.patch.size(), digest);
  // ruleid: backdoor-unchecked-verification
  return ECDSA_verify(0, digest, sizeof digest, d.sig.data(), static_cast<int>(d.sig.size()), delta_key_) ? true : false;
}

}  // namespace ota
