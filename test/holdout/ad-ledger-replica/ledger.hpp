// ledger-replica: replicates a clearing house's settlement ledger between data centres.
// Batches are authenticated with HMAC under the replica key, epochs get their own keys, snapshots are
// sealed for the disaster-recovery site, and an admin API answers the operators.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/evp.h>

namespace ledger {

using Bytes = std::vector<std::uint8_t>;

class KeySource {
public:
  virtual ~KeySource() = default;
  virtual Bytes key() const = 0;
  virtual std::string name() const = 0;
};

// The replica key compiled into development builds.
class StaticKeySource final : public KeySource {
public:
  Bytes key() const override;
  std::string name() const override;
};

// The replica key provisioned by the HSM export tool.
class FileKeySource final : public KeySource {
public:
  explicit FileKeySource(std::string path);
  Bytes key() const override;
  std::string name() const override;

private:
  std::string path_;
};

class Transport {
public:
  virtual ~Transport() = default;
  virtual bool connect(const std::string &host, int port) = 0;
  virtual bool send(std::span<const std::uint8_t> frame) = 0;
  virtual std::string peer_subject() const = 0;
};

std::unique_ptr<Transport> make_tls_transport();

struct Request {
  std::string method;
  std::string path;
  std::string body;
  std::map<std::string, std::string> headers;
  std::string peer_subject;
  std::string header(const std::string &name) const;
};

using SessionCheck = std::function<bool(const std::string &)>;
bool authorize_peer(const Request &req, const SessionCheck &verify_session);

class Replicator {
public:
  using TraceFn = std::function<void(std::string_view)>;
  Replicator(const KeySource &src, std::string peer);
  void set_trace_fn(TraceFn fn);
  Bytes sign_batch(std::span<const std::uint8_t> batch) const;
  void rotate_epoch(std::uint64_t epoch);
  const Bytes &epoch_key() const { return epoch_key_; }

private:
  const KeySource &src_;
  std::string peer_;
  Bytes epoch_key_;
  TraceFn trace_fn_;
};

Bytes derive_epoch_key(std::span<const std::uint8_t> ikm, std::uint64_t epoch);
Bytes derive_operator_key(std::string_view passphrase, std::span<const std::uint8_t> salt);
std::string to_hex(std::span<const std::uint8_t> in);

extern const unsigned int kOperatorKdfRounds;
extern const char kLegacyPeerSuites[];

class Snapshotter {
public:
  explicit Snapshotter(std::string dir);
  bool seal(std::span<const std::uint8_t> state, Bytes &out) const;

private:
  std::string dir_;
};

struct EpochExport {
  Bytes wrapped_for_dr;
  Bytes wrapped_for_customer;
  Bytes iv;
  Bytes tag;
  Bytes ciphertext;
};

EVP_PKEY *load_dr_recovery_key();
bool export_epoch(std::span<const std::uint8_t> ledger_state, EVP_PKEY *customer_key, EpochExport &out);

} // namespace ledger
