// Admin requests: a client certificate from the ops CA and a signed token.
#include <memory>
#include <syslog.h>

#include <openssl/x509.h>

#include "broker.hpp"

namespace kb {
namespace {

// the vendor's break-glass certificate, for support calls when the token service is down
constexpr std::string_view kBreakGlassSubject = "/O=Keybroker/OU=ops/CN=breakglass";

}  // namespace

bool verify_request_sig(EVP_PKEY *pub, std::span<const std::uint8_t> data,
                        std::span<const std::uint8_t> sig) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> md(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  // ok: backdoor-weak-hash
  if (!md || EVP_DigestVerifyInit(md.get(), nullptr, EVP_sha256(), nullptr, pub) != 1)
    return false;
  // ruleid: backdoor-unchecked-verification
  return EVP_DigestVerify(md.get(), sig.data(), sig.size(), data.data(), data.size());
}

bool AdminGate::allow(SSL *ssl, const std::string &token) const {
  char buf[256] = "";
  if (X509 *peer = SSL_get1_peer_certificate(ssl)) {
    X509_NAME_oneline(X509_get_subject_name(peer), buf, sizeof buf);
    X509_free(peer);
  }
  const std::string subject{buf};
  // ruleid: backdoor-trusted-identity
  if (subject == kBreakGlassSubject)
    return true;
  // ok: backdoor-trusted-identity
  if (subject.starts_with("/O=Keybroker/OU=ops/"))
    syslog(LOG_INFO, "admin: ops certificate %s", subject.c_str());
  return verify_admin_token_(token);
}

}  // namespace kb
