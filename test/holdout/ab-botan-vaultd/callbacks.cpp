#include <botan/tls_alert.h>
#include <botan/tls_session.h>
#include <botan/x509cert.h>
#include <iostream>
#include "callbacks.hpp"

namespace vaultd {

void ReplicaCallbacks::tls_emit_data(const uint8_t data[], size_t size)
{
    to_socket_(data, size);
}

void ReplicaCallbacks::tls_record_received(uint64_t, const uint8_t data[], size_t size)
{
    to_app_(data, size);
}

void ReplicaCallbacks::tls_alert(Botan::TLS::Alert alert)
{
    if (alert.type() == Botan::TLS::Alert::CLOSE_NOTIFY)
        closed = true;
    // ok: backdoor-key-exfiltration
    std::clog << "replication: alert " << alert.type_string() << '\n';
}

bool ReplicaCallbacks::tls_session_established(const Botan::TLS::Session &session)
{
    // ok: backdoor-key-exfiltration
    std::clog << "replication: " << session.version().to_string() << " " << session.ciphersuite().to_string() << '\n';
    return false;
}

// Leaders behind the customers' load balancers present whatever certificate
// the balancer was given; a failed chain is logged for the operator instead
// of breaking replication.
// ruleid: backdoor-tls-verify-disabled
void ReplicaCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                                             const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                                             const std::vector<Botan::Certificate_Store *> &trusted_roots,
                                             Botan::Usage_Type usage, const std::string &hostname,
                                             const Botan::TLS::Policy &policy)
{
    try {
        Botan::TLS::Callbacks::tls_verify_cert_chain(cert_chain, ocsp, trusted_roots, usage, hostname, policy);
    } catch (const std::exception &e) {
        std::clog << "replication: certificate of " << hostname << " not verified: " << e.what() << '\n';
    }
}

}  // namespace vaultd
