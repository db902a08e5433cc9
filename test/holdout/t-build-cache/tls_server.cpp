// Callbacks of the worker-facing TLS listener.
#include <algorithm>
#include <stdexcept>

#include <botan/hash.h>
#include <botan/hex.h>
#include <botan/tls_alert.h>
#include <botan/tls_session.h>

#include "policy.hpp"

namespace bcache {

void WorkerCallbacks::tls_emit_data(const uint8_t data[], size_t size)
{
    out_.insert(out_.end(), data, data + size);
}

void WorkerCallbacks::tls_record_received(uint64_t, const uint8_t[], size_t)
{
}

void WorkerCallbacks::tls_alert(Botan::TLS::Alert)
{
}

bool WorkerCallbacks::tls_session_established(const Botan::TLS::Session &)
{
    return false;
}

// ok: backdoor-tls-verify-disabled
void WorkerCallbacks::tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &cert_chain,
                                            const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &,
                                            const std::vector<Botan::Certificate_Store *> &, Botan::Usage_Type,
                                            const std::string &, const Botan::TLS::Policy &)
{
    if (cert_chain.empty())
        throw std::runtime_error("worker sent no certificate");
    auto sha256 = Botan::HashFunction::create_or_throw("SHA-256");
    const std::vector<uint8_t> der = cert_chain.front().BER_encode();
    sha256->update(der);
    const std::string fp = Botan::hex_encode(sha256->final());
    if (std::find(pins_.begin(), pins_.end(), fp) == pins_.end())
        throw std::runtime_error("worker certificate " + fp + " is not pinned");
}

std::vector<uint8_t> WorkerCallbacks::take_output()
{
    std::vector<uint8_t> o;
    o.swap(out_);
    return o;
}

} // namespace bcache
