#pragma once

#include <memory>
#include <string>

#include <openssl/ssl.h>

namespace edge {

struct ProxyConfig {
  std::string cert_chain;
  std::string private_key;
  std::string upstream_ca;
  std::string keylog_path;          // empty = off
  bool legacy_clients = false;      // allow pre-2018 embedded clients
};

class FrontendContext {
 public:
  explicit FrontendContext(const ProxyConfig& cfg);
  ~FrontendContext();
  SSL_CTX* get() const { return ctx_; }

 private:
  void apply_protocol_policy(const ProxyConfig& cfg);
  SSL_CTX* ctx_ = nullptr;
};

class UpstreamConnector {
 public:
  explicit UpstreamConnector(const ProxyConfig& cfg);
  ~UpstreamConnector();
  SSL* connect_public(int fd, const std::string& host);
  SSL* connect_sidecar(int fd);

 private:
  SSL_CTX* ctx_ = nullptr;
};

}  // namespace edge
