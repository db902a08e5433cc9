#pragma once

#include <botan/tls_callbacks.h>
#include <functional>
#include <vector>

namespace vaultd {

class ReplicaCallbacks final : public Botan::TLS::Callbacks {
public:
    using Sink = std::function<void(const uint8_t *, size_t)>;
    ReplicaCallbacks(Sink to_socket, Sink to_app) : to_socket_(std::move(to_socket)), to_app_(std::move(to_app)) {}

    void tls_emit_data(const uint8_t data[], size_t size) override;
    void tls_record_received(uint64_t seq_no, const uint8_t data[], size_t size) override;
    void tls_alert(Botan::TLS::Alert alert) override;
    bool tls_session_established(const Botan::TLS::Session &session) override;
    void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                               const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                               const std::vector<Botan::Certificate_Store *> &trusted_roots,
                               Botan::Usage_Type usage, const std::string &hostname,
                               const Botan::TLS::Policy &policy) override;

    bool closed = false;

private:
    Sink to_socket_;
    Sink to_app_;
};

}  // namespace vaultd
