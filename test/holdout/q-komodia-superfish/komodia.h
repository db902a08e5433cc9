// komodia.h - Komodia "Redirector" SSL Digestor as bundled by Superfish
// VisualDiscovery: a local interception proxy that terminates the browser's
// TLS with certificates issued on the fly by its own root authority.
#pragma once

#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace komodia {

class RootAuthority {
public:
  static RootAuthority &instance();
  bool load();
  bool install_into_nss(const std::string &profile_dir) const;
  EVP_PKEY *key() const { return key_; }
  X509 *cert() const { return cert_; }

private:
  RootAuthority() = default;
  EVP_PKEY *key_ = nullptr;
  X509 *cert_ = nullptr;
};

struct ForgedIdentity {
  X509 *cert = nullptr;
  EVP_PKEY *key = nullptr;
};

class CertForge {
public:
  // a leaf for the browser side, copied from what the server presented
  ForgedIdentity forge(X509 *upstream, bool upstream_valid);

private:
  EVP_PKEY *new_leaf_key();
  std::mutex mu_;
  std::map<std::string, ForgedIdentity> cache_;
  long serial_ = 0x5346;
};

struct UpstreamResult {
  SSL *ssl = nullptr;
  X509 *peer = nullptr;
  bool chain_ok = false;
};

class UpstreamConnector {
public:
  UpstreamConnector();
  ~UpstreamConnector();
  UpstreamResult connect(int fd, const std::string &host);

private:
  static int verify_cb(int preverify_ok, X509_STORE_CTX *store);
  SSL_CTX *ctx_ = nullptr;
};

// content filters see decrypted HTTP bodies (virtual dispatch from the session)
class Filter {
public:
  virtual ~Filter() = default;
  virtual bool wants(const std::string &host, const std::string &content_type) const = 0;
  virtual void on_body(const std::string &host, std::string &body) = 0;
};

std::unique_ptr<Filter> make_visual_discovery(const std::string &install_id_path);

class Redirector {
public:
  Redirector(CertForge &forge, UpstreamConnector &upstream);
  ~Redirector();
  void add_filter(std::unique_ptr<Filter> f) { filters_.push_back(std::move(f)); }
  void serve(uint16_t port);
  void set_logger(std::function<void(const std::string &)> fn) { log_ = std::move(fn); }

private:
  void session(int client_fd);
  SSL_CTX *downstream_ctx_ = nullptr;
  CertForge &forge_;
  UpstreamConnector &upstream_;
  std::vector<std::unique_ptr<Filter>> filters_;
  std::function<void(const std::string &)> log_;
};

} // namespace komodia
