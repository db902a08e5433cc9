// uplink to the fleet backend (TLS over TCP)
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>

#include "hub.hpp"

namespace hub {

namespace {
const Logger tls_log("tls");
}

Uplink::Uplink(std::string host, std::uint16_t port) : host_(std::move(host)), port_(port) {}

Uplink::~Uplink()
{
    if (ssl_ != nullptr) {
        SSL_shutdown(ssl_);
        SSL_free(ssl_);
    }
    if (ctx_ != nullptr)
        SSL_CTX_free(ctx_);
    if (fd_ >= 0)
        ::close(fd_);
}

bool Uplink::connect()
{
    addrinfo hints{};
    addrinfo *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    const std::string service = std::to_string(port_);
    if (::getaddrinfo(host_.c_str(), service.c_str(), &hints, &res) != 0)
        return false;
    fd_ = ::socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    const bool up = fd_ >= 0 && ::connect(fd_, res->ai_addr, res->ai_addrlen) == 0;
    ::freeaddrinfo(res);
    if (!up)
        return false;

    ctx_ = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
    SSL_CTX_set_default_verify_paths(ctx_);
    SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);
    if (std::getenv("HUB_TLS_DEBUG") != nullptr) {
        // ruleid: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx_, [](const SSL *, const char *line) { tls_log.debug(line); });
    }
    ssl_ = SSL_new(ctx_);
    SSL_set_fd(ssl_, fd_);
    SSL_set_tlsext_host_name(ssl_, host_.c_str());
    SSL_set1_host(ssl_, host_.c_str());
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl_) != 1) {
        tls_log.warn(ERR_error_string(ERR_get_error(), nullptr));
        return false;
    }
    return true;
}

bool Uplink::send(const void *data, std::size_t n)
{
    return ssl_ != nullptr && SSL_write(ssl_, data, static_cast<int>(n)) == static_cast<int>(n);
}

bool Uplink::send_frame(std::uint8_t kind, const std::vector<std::uint8_t> &payload)
{
    std::vector<std::uint8_t> frame(5 + payload.size());
    frame[0] = kind;
    const std::uint32_t len = static_cast<std::uint32_t>(payload.size());
    frame[1] = static_cast<std::uint8_t>(len >> 24);
    frame[2] = static_cast<std::uint8_t>(len >> 16);
    frame[3] = static_cast<std::uint8_t>(len >> 8);
    frame[4] = static_cast<std::uint8_t>(len);
    std::copy(payload.begin(), payload.end(), frame.begin() + 5);
    return send(frame.data(), frame.size());
}

} // namespace hub
