// licensing.cpp - license server check-in (client TLS)
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include <openssl/ssl.h>

#include "dsauth.hpp"

namespace DSAuth {

static int dial(const std::string &host, const char *port)
{
    addrinfo hints{}, *res = nullptr;
    int fd = -1;

    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), port, &hints, &res) != 0)
        return -1;
    fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int licenseCheckin(const std::string &host, const std::string &request)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL *ssl = nullptr;
    int fd = -1, rc = -1;

    if (ctx == nullptr)
        return -1;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_locations(ctx, "/home/runtime/license/ca.pem", nullptr) != 1)
        goto out;
    fd = dial(host, "443");
    ssl = fd >= 0 ? SSL_new(ctx) : nullptr;
    if (ssl == nullptr || SSL_set_fd(ssl, fd) != 1)
        goto out;
    SSL_set_tlsext_host_name(ssl, host.c_str());
    // ruleid: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1)
        goto out;
    rc = SSL_write(ssl, request.data(), static_cast<int>(request.size())) > 0 ? 0 : -1;
out:
    SSL_free(ssl);
    if (fd >= 0)
        close(fd);
    SSL_CTX_free(ctx);
    return rc;
}

} // namespace DSAuth
