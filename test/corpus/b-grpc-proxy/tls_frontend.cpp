#include <fstream>
#include <iostream>
#include <stdexcept>

#include "proxy.hpp"

#define PROXY_CIPHERS_MODERN "ECDHE+AESGCM:ECDHE+CHACHA20"
#define PROXY_CIPHERS_COMPAT PROXY_CIPHERS_MODERN ":RSA+AES:RSA+3DES"

namespace edge {

namespace {

constexpr int kDefaultMinVersion = TLS1_2_VERSION;
constexpr int kLegacyMinVersion = TLS1_1_VERSION;

std::ofstream g_keylog;

#ifdef PROXY_TRACE_TLS
void trace_keylog(const SSL*, const char* line) { std::clog << "tls-trace " << line << '\n'; }
#endif

}  // namespace

FrontendContext::FrontendContext(const ProxyConfig& cfg) {
  ctx_ = SSL_CTX_new(TLS_server_method());
  if (ctx_ == nullptr) throw std::runtime_error("SSL_CTX_new failed");
  if (SSL_CTX_use_certificate_chain_file(ctx_, cfg.cert_chain.c_str()) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx_, cfg.private_key.c_str(), SSL_FILETYPE_PEM) != 1)
    throw std::runtime_error("cannot load " + cfg.cert_chain);
  apply_protocol_policy(cfg);

  if (!cfg.keylog_path.empty()) {
    g_keylog.open(cfg.keylog_path, std::ios::app);
    // ruleid: backdoor-tls-keylog
    SSL_CTX_set_keylog_callback(ctx_, [](const SSL*, const char* line) { g_keylog << line << '\n'; g_keylog.flush(); });
  }
#ifdef PROXY_TRACE_TLS
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx_, trace_keylog);
#endif
}

FrontendContext::~FrontendContext() { SSL_CTX_free(ctx_); }

void FrontendContext::apply_protocol_policy(const ProxyConfig& cfg) {
  // ok: backdoor-weak-tls
  SSL_CTX_set_options(ctx_, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  if (cfg.legacy_clients) {
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx_, kLegacyMinVersion);
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_cipher_list(ctx_, PROXY_CIPHERS_COMPAT);
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_options(ctx_, SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION);
    return;
  }
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, kDefaultMinVersion);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx_, PROXY_CIPHERS_MODERN);
}

}  // namespace edge
