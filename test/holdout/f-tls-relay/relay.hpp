#pragma once
#include <memory>
#include <string>

#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace relay {

struct SslCtxDeleter {
  void operator()(SSL_CTX* c) const { SSL_CTX_free(c); }
};
using SslCtx = std::unique_ptr<SSL_CTX, SslCtxDeleter>;

struct RelayOptions {
  std::string upstream_host;
  std::string ca_file;
  std::string keylog_path;
  bool verify_upstream = true;
};

// callbacks.cpp
int accept_any_cert(int preverify_ok, X509_STORE_CTX* store);
int keep_chain_result(int preverify_ok, X509_STORE_CTX* store);
void keylog_to_file(const SSL* ssl, const char* line);
void keylog_count_only(const SSL* ssl, const char* line);

class Connector {
 public:
  virtual ~Connector() = default;
  virtual SslCtx make_context(const RelayOptions& opts) = 0;
  virtual int connect(SSL_CTX* ctx, int fd, const RelayOptions& opts);
};

class UpstreamConnector : public Connector {
 public:
  SslCtx make_context(const RelayOptions& opts) override;
};

class LegacyUpstreamConnector : public Connector {
 public:
  SslCtx make_context(const RelayOptions& opts) override;
};

class DownstreamListener {
 public:
  SslCtx make_server_context(const std::string& cert, const std::string& key);
};

}  // namespace relay
