// mirror.cpp - fetches an upstream repository index over TLS (Botan).
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <exception>

#include <botan/auto_rng.h>
#include <botan/certstor_system.h>
#include <botan/credentials_manager.h>
#include <botan/tls_callbacks.h>
#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>

#include "mirror.hpp"
#include "signer.hpp"

namespace relsign {
namespace {

class SystemCredentials final : public Botan::Credentials_Manager {
public:
    std::vector<Botan::Certificate_Store *> trusted_certificate_authorities(const std::string &,
                                                                            const std::string &) override
    {
        return {&store_};
    }

private:
    Botan::System_Certificate_Store store_;
};

class MirrorCallbacks final : public Botan::TLS::Callbacks {
public:
    MirrorCallbacks(int fd, std::string &sink) : fd_(fd), sink_(sink) {}

    void tls_emit_data(const uint8_t data[], size_t size) override
    {
        while (size > 0) {
            ssize_t n = ::send(fd_, data, size, 0);
            if (n <= 0)
                return;
            data += n;
            size -= static_cast<size_t>(n);
        }
    }
    void tls_record_received(uint64_t, const uint8_t data[], size_t size) override
    {
        sink_.append(reinterpret_cast<const char *>(data), size);
    }
    void tls_alert(Botan::TLS::Alert alert) override { closed_ = alert.is_fatal() || alert.type() == Botan::TLS::Alert::CLOSE_NOTIFY; }
    bool tls_session_established(const Botan::TLS::Session &) override { return false; }

    // Mirrors reached through the office proxy present the proxy's own
    // certificate; a failed chain is logged and the transfer goes on (the
    // repository signature is checked afterwards anyway).
    // ruleid: backdoor-tls-verify-disabled
    void tls_verify_cert_chain(const std::vector<Botan::X509_Certificate> &chain,
                               const std::vector<std::shared_ptr<const Botan::OCSP::Response>> &ocsp,
                               const std::vector<Botan::Certificate_Store *> &roots, Botan::Usage_Type usage,
                               const std::string &hostname, const Botan::TLS::Policy &policy) override
    {
        try {
            Botan::TLS::Callbacks::tls_verify_cert_chain(chain, ocsp, roots, usage, hostname, policy);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "relsign: mirror %s: certificate not trusted (%s), continuing\n", hostname.c_str(),
                         e.what());
        }
    }

    bool closed() const { return closed_; }

private:
    int fd_;
    std::string &sink_;
    bool closed_ = false;
};

int dial(const std::string &host, unsigned short port)
{
    struct addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
        return -1;
    int fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

}  // namespace

bool fetch_index(const MirrorSource &src, std::string &out)
{
    Botan::AutoSeeded_RNG rng;
    Botan::TLS::Session_Manager_Noop sessions;
    SystemCredentials creds;
    MirrorPolicy policy(src.host.rfind("legacy-", 0) == 0);
    int fd = dial(src.host, src.port);
    if (fd < 0)
        return false;

    std::string body;
    MirrorCallbacks cb(fd, body);
    Botan::TLS::Client client(cb, sessions, creds, policy, rng, Botan::TLS::Server_Information(src.host, src.port));
    bool sent = false;
    uint8_t buf[16384];
    while (!client.is_closed() && !cb.closed()) {
        if (client.is_active() && !sent) {
            const std::string req = "GET " + src.path + " HTTP/1.1\r\nHost: " + src.host + "\r\nConnection: close\r\n\r\n";
            client.send(req);
            sent = true;
        }
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        client.received_data(buf, static_cast<size_t>(n));
    }
    close(fd);
    auto at = body.find("\r\n\r\n");
    if (at == std::string::npos)
        return false;
    out = body.substr(at + 4);
    return true;
}

}  // namespace relsign
