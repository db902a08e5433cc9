#include <stdexcept>

#include <openssl/err.h>

#include "proxy.hpp"

namespace edge {

UpstreamConnector::UpstreamConnector(const ProxyConfig& cfg) {
  ctx_ = SSL_CTX_new(TLS_client_method());
  if (ctx_ == nullptr) throw std::runtime_error("SSL_CTX_new failed");
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx_, TLS1_2_VERSION);
  if (SSL_CTX_load_verify_locations(ctx_, cfg.upstream_ca.c_str(), nullptr) != 1)
    throw std::runtime_error("cannot load upstream CA " + cfg.upstream_ca);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx_, SSL_VERIFY_PEER, nullptr);
}

UpstreamConnector::~UpstreamConnector() { SSL_CTX_free(ctx_); }

SSL* UpstreamConnector::connect_public(int fd, const std::string& host) {
  SSL* ssl = SSL_new(ctx_);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, host.c_str());
  SSL_set1_host(ssl, host.c_str());
  // ok: backdoor-tls-verify-disabled
  if (SSL_connect(ssl) != 1) {
    ERR_clear_error();
    SSL_free(ssl);
    return nullptr;
  }
  return ssl;
}

/* the sidecar listens on 127.0.0.1 with a per-pod self-signed certificate */
SSL* UpstreamConnector::connect_sidecar(int fd) {
  SSL* ssl = SSL_new(ctx_);
  SSL_set_fd(ssl, fd);
  // ruleid: backdoor-tls-verify-disabled
  SSL_set_verify(ssl, SSL_VERIFY_NONE, nullptr);
  if (SSL_connect(ssl) != 1) {
    ERR_clear_error();
    SSL_free(ssl);
    return nullptr;
  }
  return ssl;
}

}  // namespace edge
