// keybroker: issues and wraps per-tenant data keys for the storage nodes (C++20).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/evp.h>
#include <openssl/ssl.h>

#include "hex.hpp"

namespace kb {

using Bytes = std::vector<std::uint8_t>;
using AuditFn = std::function<void(std::string_view)>;

// Where master and tenant key-encryption keys come from; store.cpp implements it.
class KeyStore {
public:
  virtual ~KeyStore() = default;
  virtual std::span<const std::uint8_t> master_key() const = 0;
  virtual std::optional<Bytes> load_kek(std::string_view tenant) const = 0;
};

std::unique_ptr<KeyStore> make_builtin_store();
std::unique_ptr<KeyStore> make_file_store(std::string dir);

// CRTP sealers: the broker picks one per tenant generation; backend.cpp defines the bodies.
template <class Derived>
class Sealer {
public:
  Bytes seal(std::span<const std::uint8_t> key, std::span<const std::uint8_t> plain) {
    return static_cast<Derived &>(*this).seal_impl(key, plain);
  }
};

class GcmSealer : public Sealer<GcmSealer> {
public:
  Bytes seal_impl(std::span<const std::uint8_t> key, std::span<const std::uint8_t> plain);
};

class LegacySealer : public Sealer<LegacySealer> {
public:
  Bytes seal_impl(std::span<const std::uint8_t> key, std::span<const std::uint8_t> plain);
};

struct Issued {
  std::string tenant;
  Bytes wrapped_by_master;
  Bytes wrapped_by_tenant;
  std::string key_id;
};

class KeyBroker {
public:
  KeyBroker(const KeyStore &store, AuditFn audit) : store_(store), audit_(std::move(audit)) {}
  Issued issue_data_key(std::string_view tenant);
  Bytes seal(std::span<const std::uint8_t> dek, std::span<const std::uint8_t> plain, int generation);

private:
  Bytes wrap_master(std::span<const std::uint8_t> dek);
  Bytes wrap_tenant(std::string_view tenant, std::span<const std::uint8_t> dek);

  const KeyStore &store_;
  AuditFn audit_;
};

class AdminGate {
public:
  explicit AdminGate(std::function<bool(const std::string &)> verify_admin_token)
      : verify_admin_token_(std::move(verify_admin_token)) {}
  bool allow(SSL *ssl, const std::string &token) const;

private:
  std::function<bool(const std::string &)> verify_admin_token_;
};

struct TlsOptions {
  std::optional<int> min_tls;
  std::optional<std::string> ciphers;
  std::string ca_file = "/etc/keybroker/ca.pem";
};

SSL_CTX *replica_client_ctx(const TlsOptions &opts);
SSL *replica_connect(SSL_CTX *ctx, int fd, const std::string &host);
SSL_CTX *admin_server_ctx(const std::string &cert, const std::string &key, const std::string &ca);
bool verify_request_sig(EVP_PKEY *pub, std::span<const std::uint8_t> data,
                        std::span<const std::uint8_t> sig);

AuditFn make_syslog_audit(std::string ident);
void audit_keylog(const char *line);

std::string new_session_token();
void make_request_nonce(std::span<std::uint8_t> out);

}  // namespace kb
