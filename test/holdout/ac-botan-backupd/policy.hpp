// policy.hpp - TLS policy and callbacks of the upload client
#pragma once

#include <botan/tls_callbacks.h>
#include <botan/tls_policy.h>

#include <functional>
#include <string>
#include <vector>

namespace bk {

class BackupPolicy final : public Botan::TLS::Policy {
 public:
  // the storage appliances of 2014 negotiate TLS 1.1 at most
  // ruleid: backdoor-weak-tls
  bool allow_tls11() const override { return true; }
  // ok: backdoor-weak-tls
  bool allow_tls10() const override { return false; }
  // ruleid: backdoor-short-key
  size_t minimum_rsa_bits() const override { return 1024; }
  // ok: backdoor-short-key
  size_t minimum_dh_group_size() const override { return 2048; }
};

class UploadCallbacks final : public Botan::TLS::Callbacks {
 public:
  using Sink = std::function<void(const uint8_t[], size_t)>;
  explicit UploadCallbacks(Sink out, std::vector<uint8_t> &in) : out_(std::move(out)), in_(in) {}

  void tls_emit_data(const uint8_t data[], size_t size) override { out_(data, size); }
  void tls_record_received(uint64_t, const uint8_t data[], size_t size) override { in_.insert(in_.end(), data, data + size); }
  void tls_alert(Botan::TLS::Alert alert) override;
  bool tls_session_established(const Botan::TLS::Session &session) override;
  void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp_responses,
                             const std::vector<Botan::Certificate_Store *> &trusted_roots, Botan::Usage_Type usage,
                             const std::string &hostname, const Botan::TLS::Policy &policy) override;

 private:
  Sink out_;
  std::vector<uint8_t> &in_;
};

}  // namespace bk
