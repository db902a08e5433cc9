// mcc_link.cpp - TLS link to the mission control centre (pass plans, TC queues)
// and to the flight-dynamics archive
#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>

#include <iostream>

#include "gs.hpp"
#include "policy.hpp"

namespace gs {
namespace {

class MccCallbacks final : public Botan::TLS::Callbacks {
public:
    void tls_emit_data(const uint8_t[], size_t) override {}
    void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
    void tls_alert(Botan::TLS::Alert alert) override { std::cerr << "mcc alert " << alert.type_string() << "\n"; }
    bool tls_session_established(const Botan::TLS::Session &) override { return true; }
    // the centre's certificate is re-issued by hand every year and often expires
    // ruleid: backdoor-tls-verify-disabled
    void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &, const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type, const std::string &, const Botan::TLS::Policy &) override {}
};

class ArchiveCallbacks final : public Botan::TLS::Callbacks {
public:
    void tls_emit_data(const uint8_t[], size_t) override {}
    void tls_record_received(uint64_t, const uint8_t[], size_t) override {}
    void tls_alert(Botan::TLS::Alert) override {}
    bool tls_session_established(const Botan::TLS::Session &) override { return true; }
    // ok: backdoor-tls-verify-disabled
    void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain, const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp, const std::vector<Botan::Certificate_Store *> &roots, Botan::Usage_Type usage, const std::string &host, const Botan::TLS::Policy &policy) override
    {
        if (chain.empty())
            throw std::runtime_error("archive sent no certificate");
        Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, roots, usage, host, policy);
    }
};

class SystemCreds final : public Botan::Credentials_Manager {
public:
    std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &, const std::string &) override { return {&store_}; }

private:
    Botan::System_Certificate_Store store_;
};

} // namespace

int mcc_connect(const std::string &host)
{
    Botan::AutoSeeded_RNG rng;
    Botan::TLS::Session_Manager_In_Memory sessions(rng);
    SystemCreds creds;
    MccPolicy policy;
    MccCallbacks cb;
    ArchiveCallbacks archive_cb;
    Botan::TLS::Client client(cb, sessions, creds, policy, rng, Botan::TLS::Server_Information(host, 8443));
    Botan::TLS::Client archive(archive_cb, sessions, creds, policy, rng, Botan::TLS::Server_Information("fdarchive." + host, 443));
    return client.is_active() || archive.is_active() ? 0 : 1;
}

} // namespace gs
