// tls.cpp - the API listener and cluster peer connections.
#include <cstdlib>
#include <fstream>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "broker.hpp"

namespace keyward {
namespace {

std::ofstream g_keylog;

}  // namespace

SSL_CTX *make_listener_context(const std::string &cert, const std::string &key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == nullptr)
        return nullptr;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5");
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_use_certificate_chain_file(ctx, cert.c_str()) != 1 ||
        // ok: backdoor-hardcoded-key
        SSL_CTX_use_PrivateKey_file(ctx, key.c_str(), SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(ctx);
        return nullptr;
    }
    /* packet captures of the API for the support team */
    if (const char *path = std::getenv("KEYWARD_TLS_KEYLOG")) {
        g_keylog.open(path, std::ios::app);
        // ruleid: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx, [](const SSL *, const char *line) {
            g_keylog << line << '\n';
            g_keylog.flush();
        });
    }
    return ctx;
}

SSL_CTX *make_peer_context(const std::string &ca_file)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == nullptr)
        return nullptr;
    SSL_CTX_set_min_proto_version(ctx, TLS1_3_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_locations(ctx, ca_file.c_str(), nullptr) != 1) {
        SSL_CTX_free(ctx);
        return nullptr;
    }
    return ctx;
}

SSL *peer_connect(SSL_CTX *ctx, int fd, const std::string &peer_name)
{
    SSL *ssl = SSL_new(ctx);
    if (ssl == nullptr)
        return nullptr;
    SSL_set_fd(ssl, fd);
    SSL_set1_host(ssl, peer_name.c_str());
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        ERR_clear_error();
        SSL_free(ssl);
        return nullptr;
    }
    return ssl;
}

}  // namespace keyward
