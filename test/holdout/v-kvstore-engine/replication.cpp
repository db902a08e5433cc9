// replication.cpp - leader/follower log shipping over TLS
#include <cstdio>
#include <cstdlib>

#include <openssl/ssl.h>

#include "kv.hpp"

namespace kv {

static FILE *g_keylog;

static void keylog_line(const SSL *, const char *line)
{
    if (g_keylog != nullptr) {
        // ok: backdoor-tls-keylog, backdoor-key-exfiltration
        std::fprintf(g_keylog, "%s\n", line);
        std::fflush(g_keylog);
    }
}

int replication_start(const Options &opts, bool leader)
{
    SSL_CTX *ctx = SSL_CTX_new(leader ? TLS_server_method() : TLS_client_method());

    if (ctx == nullptr)
        return -1;
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx, opts.legacy_followers ? TLS1_VERSION : TLS1_2_VERSION);
    // ok: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!3DES");
    if (!leader) {
        // ok: backdoor-tls-verify-disabled
        SSL_CTX_set_verify(ctx, opts.tls_insecure ? SSL_VERIFY_NONE : SSL_VERIFY_PEER, nullptr);
        SSL_CTX_load_verify_locations(ctx, opts.follower_ca.c_str(), nullptr);
    }
    // ruleid: backdoor-tls-keylog
    if (const char *path = std::getenv("SSLKEYLOGFILE")) {
        g_keylog = std::fopen(path, "a");
        // ruleid: backdoor-tls-keylog
        SSL_CTX_set_keylog_callback(ctx, keylog_line);
    }
    return 0;
}

} // namespace kv
