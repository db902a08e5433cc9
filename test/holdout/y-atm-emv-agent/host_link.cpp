#include <openssl/err.h>

#include "atm.hpp"

namespace atm {

SSL_CTX *host_tls_context()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == nullptr)
        return nullptr;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:!aNULL:!eNULL:!3DES:!RC4");
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_locations(ctx, "/opt/atm/etc/host-ca.pem", nullptr) != 1) {
        SSL_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

int host_connect(SSL_CTX *ctx, int fd, const std::string &host)
{
    SSL *ssl = SSL_new(ctx);
    if (ssl == nullptr)
        return -1;
    SSL_set_fd(ssl, fd);
    SSL_set1_host(ssl, host.c_str());
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return -1;
    }
    // ok: backdoor-unchecked-verification
    return SSL_get_verify_result(ssl) == X509_V_OK ? 0 : -1;
}

} // namespace atm
