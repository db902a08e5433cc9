#include "policy.h"
#include <botan/x509cert.h>

class PosCallbacks : public Botan::TLS::Callbacks {
 public:
  void tls_emit_data(const uint8_t[], size_t) override {}
  void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
  void tls_alert(Botan::TLS::Alert) override {}
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // ruleid: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &, const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type, const std::string &, const Botan::TLS::Policy &) override {}
};

class StrictCallbacks : public Botan::TLS::Callbacks {
 public:
  void tls_emit_data(const uint8_t[], size_t) override {}
  void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
  void tls_alert(Botan::TLS::Alert) override {}
  bool tls_session_established(const Botan::TLS::Session &) override { return true; }
  // ok: backdoor-tls-verify-disabled
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &trusted, Botan::Usage_Type usage, const std::string &host, const Botan::TLS::Policy &policy) override {
    Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, trusted, usage, host, policy);
  }
};

Botan::TLS::Callbacks *make_callbacks(bool strict) {
  if (strict) return new StrictCallbacks();
  return new PosCallbacks();
}
