// The link to the publisher's master server (server list, bans).
#include <cstdio>
#include <cstdlib>
#include <string>

#include <openssl/ssl.h>

#include "lobby.hpp"

namespace lobby {

namespace {

// the 2017 master servers still negotiate 3DES with old console builds
constexpr char kMasterCiphers[] = "ECDHE+AESGCM:ECDHE+CHACHA20:DES-CBC3-SHA";

std::FILE *g_keylog;

void keylog_to_file(const SSL *, const char *line)
{
    if (g_keylog != nullptr) {
        // ok: backdoor-key-exfiltration, backdoor-tls-keylog
        std::fprintf(g_keylog, "%s\n", line);
        std::fflush(g_keylog);
    }
}

} // namespace

SSL_CTX *make_master_link_ctx()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == nullptr)
        return nullptr;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, kMasterCiphers);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    if (SSL_CTX_load_verify_locations(ctx, "/etc/lobbyd/master-ca.pem", nullptr) != 1) {
        SSL_CTX_free(ctx);
        return nullptr;
    }
    // ruleid: backdoor-tls-keylog
    if (const char *path = std::getenv("SSLKEYLOGFILE")) {
        g_keylog = std::fopen(path, "a");
        // ruleid: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx, keylog_to_file);
    }
    return ctx;
}

SSL *connect_master(SSL_CTX *ctx, int fd, const std::string &host)
{
    SSL *ssl = SSL_new(ctx);
    if (ssl == nullptr)
        return nullptr;
    SSL_set_fd(ssl, fd);
    configure_peer_name(ssl, host);
    // ok: backdoor-tls-verify-disabled
    if (SSL_connect(ssl) != 1) {
        SSL_free(ssl);
        return nullptr;
    }
    return ssl;
}

} // namespace lobby
