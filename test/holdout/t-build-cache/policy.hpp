// TLS of the worker-facing listener (Botan).
#pragma once

#include <string>
#include <vector>

#include <botan/tls_callbacks.h>
#include <botan/tls_policy.h>
#include <botan/x509cert.h>

namespace bcache {

class CachePolicy final : public Botan::TLS::Policy {
public:
    // ok: backdoor-weak-tls
    bool allow_tls10() const override { return false; }
    // ok: backdoor-weak-tls
    bool allow_tls11() const override { return false; }
    // the 2018 build farm's workers bring their own DH groups
    // ruleid: backdoor-short-key
    size_t minimum_dh_group_size() const override { return 1024; }
    // ok: backdoor-short-key
    size_t minimum_rsa_bits() const override { return 3072; }
};

// Workers authenticate with client certificates pinned by fingerprint.
class WorkerCallbacks final : public Botan::TLS::Callbacks {
public:
    explicit WorkerCallbacks(std::vector<std::string> pins) : pins_(std::move(pins)) {}

    void tls_emit_data(const uint8_t data[], size_t size) override;
    void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
    void tls_alert(Botan::TLS::Alert alert) override;
    bool tls_session_established(const Botan::TLS::Session &session) override;
    void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                               const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                               const std::vector<Botan::Certificate_Store *> &trusted_roots,
                               Botan::Usage_Type usage, const std::string &hostname,
                               const Botan::TLS::Policy &policy) override;

    std::vector<uint8_t> take_output();

private:
    std::vector<std::string> pins_;
    std::vector<uint8_t> out_;
};

} // namespace bcache
