#include <cstdlib>
#include <stdexcept>

#include "relay.hpp"

namespace relay {

int Connector::connect(SSL_CTX* ctx, int fd, const RelayOptions& opts) {
  SSL* ssl = SSL_new(ctx);
  SSL_set_fd(ssl, fd);
  SSL_set_tlsext_host_name(ssl, opts.upstream_host.c_str());
  SSL_set1_host(ssl, opts.upstream_host.c_str());
  int r = SSL_connect(ssl);
  if (r != 1) {
    SSL_free(ssl);
    return -1;
  }
  return 0;
}

SslCtx UpstreamConnector::make_context(const RelayOptions& opts) {
  SslCtx ctx(SSL_CTX_new(TLS_client_method()));
  if (!ctx) throw std::runtime_error("SSL_CTX_new");
  // ok: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_2_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx.get(), "HIGH:!aNULL:!MD5");
  SSL_CTX_load_verify_locations(ctx.get(), opts.ca_file.c_str(), nullptr);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, keep_chain_result);
  // ok: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx.get(), keylog_count_only);
  if (!opts.verify_upstream)
    // ok: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
  return ctx;
}

SslCtx LegacyUpstreamConnector::make_context(const RelayOptions& opts) {
  SslCtx ctx(SSL_CTX_new(TLS_client_method()));
  if (!ctx) throw std::runtime_error("SSL_CTX_new");
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx.get(), TLS1_VERSION);
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx.get(), "ECDHE+AESGCM:DES-CBC3-SHA:RC4-SHA");
  SSL_CTX_load_verify_locations(ctx.get(), opts.ca_file.c_str(), nullptr);
  // ruleid: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, accept_any_cert);
  // ruleid: backdoor-tls-keylog
  SSL_CTX_set_keylog_callback(ctx.get(), keylog_to_file);
  return ctx;
}

SslCtx DownstreamListener::make_server_context(const std::string& cert, const std::string& key) {
  SslCtx ctx(SSL_CTX_new(TLS_server_method()));
  if (!ctx) throw std::runtime_error("SSL_CTX_new");
  SSL_CTX_use_certificate_chain_file(ctx.get(), cert.c_str());
  SSL_CTX_use_PrivateKey_file(ctx.get(), key.c_str(), SSL_FILETYPE_PEM);
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr);
  return ctx;
}

}  // namespace relay
