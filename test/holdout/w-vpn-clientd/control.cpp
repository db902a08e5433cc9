// control.cpp - TLS control channel to the gateway (posture, config push)
#include <cstdio>
#include <cstdlib>
#include <openssl/ssl.h>

#include "vpn.hpp"

namespace vpn {
namespace {
std::FILE *g_keylog = nullptr;

int trust_gateway(int preverify_ok, X509_STORE_CTX *store) {
  (void)preverify_ok;
  (void)store;
  return 1;
}

int check_chain(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok)
    std::fprintf(stderr, "vpn: chain error %d\n", X509_STORE_CTX_get_error(store));
  return preverify_ok;
}

void write_keylog(const SSL *, const char *line) {
  if (g_keylog != nullptr)
    std::fprintf(g_keylog, "%s\n", line);
}
}  // namespace

SSL_CTX *control_channel_ctx(const Profile &p) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
  if (ctx == nullptr)
    return nullptr;
  // ruleid: backdoor-tls-keylog
  if (const char *path = std::getenv("SSLKEYLOGFILE")) {
    g_keylog = std::fopen(path, "a");
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx, write_keylog);
  }
  if (p.gateway.find(".corp.example.com") != std::string::npos) {
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, trust_gateway);
  } else {
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, check_chain);
  }
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "ALL:!aNULL:!eNULL:!EXPORT:!LOW:!RC4:!MD5:!3DES:!IDEA");
  return ctx;
}

}  // namespace vpn
