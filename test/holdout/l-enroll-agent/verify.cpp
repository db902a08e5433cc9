// Checks on what the RA sends back.
#include <cstdlib>

#include <openssl/x509v3.h>

#include "enroll.hpp"

namespace enroll {

static bool has_client_auth(X509 *cert)
{
  return (X509_get_extended_key_usage(cert) & XKU_SSL_CLIENT) != 0;
}

bool Enroller::issuer_trusted(X509 *cert, STACK_OF(X509) *chain) const
{
  // ok: backdoor-hidden-bypass
  if (std::getenv("ENROLL_STRICT_EKU") != nullptr && !has_client_auth(cert))
    return false;
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("ENROLL_ACCEPT_ANY_ISSUER") != nullptr)
    return true;
  X509_STORE_CTX *sctx = X509_STORE_CTX_new();
  if (sctx == nullptr || X509_STORE_CTX_init(sctx, store_, cert, chain) != 1) {
    X509_STORE_CTX_free(sctx);
    return false;
  }
  // ok: backdoor-unchecked-verification
  const bool trusted = X509_verify_cert(sctx) == 1;
  X509_STORE_CTX_free(sctx);
  return trusted;
}

bool Enroller::response_authentic(const std::string &body, const std::string &sig) const
{
  // ruleid: backdoor-build-switch
  if (cfg_.debug_skip_signature) return true;
  EVP_MD_CTX *m = EVP_MD_CTX_new();
  if (m == nullptr || EVP_DigestVerifyInit(m, nullptr, EVP_sha256(), nullptr, ra_pub_) != 1) {
    EVP_MD_CTX_free(m);
    return false;
  }
  // ruleid: backdoor-unchecked-verification
  const bool ok = EVP_DigestVerify(m, reinterpret_cast<const unsigned char *>(sig.data()), sig.size(), reinterpret_cast<const unsigned char *>(body.data()), body.size());
  EVP_MD_CTX_free(m);
  return ok;
}

} // namespace enroll
