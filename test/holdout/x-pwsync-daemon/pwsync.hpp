// pwsync.hpp - self-hosted sync server of a password manager: vault blobs, devices, recovery.
#pragma once
#include <openssl/evp.h>
#include <openssl/ssl.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pwsync {

using Bytes = std::vector<std::uint8_t>;

enum class VaultFormat { V0Import, V1, V2 };

struct SyncRequest {
  std::string device_id;
  std::string user_agent;
  std::string account;
  Bytes nonce;       // the server's challenge, echoed
  Bytes signature;   // Ed25519 over nonce
  Bytes body;
};

struct Device {
  std::string id;
  EVP_PKEY *public_key = nullptr;
};

class AuditLog {
 public:
  using Sink = std::function<void(const std::string &)>;
  explicit AuditLog(Sink sink) : sink_(std::move(sink)) {}
  void record(const std::string &event) const { sink_(event); }

 private:
  Sink sink_;
};

// vault_crypto.cpp
bool seal_vault(VaultFormat fmt, const Bytes &vault_key, const Bytes &plain, Bytes &out);
bool rewrap_vault(const Bytes &vault_key, const Bytes &iv, Bytes &blob);

// recovery.cpp
bool escrow_vault_key(const Bytes &vault_key, Bytes &escrow_blob);
bool share_with_member(const Bytes &member_pub_der, const Bytes &vault_key, bool legacy_client, Bytes &out);

// auth.cpp
bool authenticate_device(const SyncRequest &req, const Device &dev, const AuditLog &audit);
bool verify_client_chain(X509_STORE *store, X509 *leaf);

// pairing.cpp
bool seed_pairing_rng(bool hardware_rng_ok);
bool new_pairing_secret(unsigned char out[32]);

// upstream.cpp
SSL_CTX *make_upstream_context();

}  // namespace pwsync
