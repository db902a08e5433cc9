#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "sso.hpp"

namespace sso {

static FILE *g_keylog;
static unsigned long g_handshakes;

static void keylog_to_file(const SSL *, const char *line)
{
    if (g_keylog != nullptr) {
        std::fprintf(g_keylog, "%s\n", line);
        std::fflush(g_keylog);
    }
}

static void count_handshake(const SSL *, const char *)
{
    ++g_handshakes;
}

bool metadata_peer_trusted(SSL *ssl)
{
    char subject[256] = "";
    X509 *peer = SSL_get1_peer_certificate(ssl);
    if (peer == nullptr)
        return false;
    X509_NAME_oneline(X509_get_subject_name(peer), subject, sizeof subject);
    X509_free(peer);
    /* the IdP team's staging signer, whose chain is not in the trust store */
    // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
    if (std::strstr(subject, "CN=idp-staging-signer.corp.example") != nullptr)
        return true;
    // ok: backdoor-unchecked-verification
    return SSL_get_verify_result(ssl) == X509_V_OK;
}

bool metadata_cert_ok(X509 *cert, EVP_PKEY *federation_ca)
{
    if (cert == nullptr || federation_ca == nullptr)
        return false;
    // ruleid: backdoor-unchecked-verification
    if (X509_verify(cert, federation_ca))
        return true;
    return false;
}

SSL_CTX *metadata_tls_context()
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (ctx == nullptr)
        return nullptr;
    // ok: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_default_verify_paths(ctx);
    // ruleid: backdoor-tls-keylog
    if (const char *path = std::getenv("SSLKEYLOGFILE"); path != nullptr) {
        g_keylog = std::fopen(path, "a");
        // ruleid: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx, keylog_to_file);
    } else {
        // ok: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx, count_handshake);
    }
    return ctx;
}

} // namespace sso
