// upstream.cpp - TLS to the vendor's update and breach-report service.
#include <openssl/ssl.h>

#include <cstdio>
#include <cstdlib>

#include "pwsync.hpp"

namespace pwsync {

namespace {
FILE *g_keylog;
void keylog_line(const SSL *, const char *line) {
  if (g_keylog != nullptr) std::fprintf(g_keylog, "%s\n", line);
}
}  // namespace

SSL_CTX *make_upstream_context() {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr) return nullptr;
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
  SSL_CTX_set_default_verify_paths(ctx);
  // ruleid: backdoor-tls-keylog
  const char *path = std::getenv("SSLKEYLOGFILE");
  if (path != nullptr && (g_keylog = std::fopen(path, "a")) != nullptr)
    SSL_CTX_set_keylog_callback(ctx, keylog_line);
  return ctx;
}

}  // namespace pwsync
