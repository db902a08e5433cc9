// d2d-mgmtd: management daemon of a disk-based backup appliance
// (StoreOnce-like): local users, the deduplicating catalog, replication
// between appliances and support bundles.
#pragma once

#include <openssl/ssl.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace d2d {

enum class Role { None, Operator, Admin, Support };

// support_account.cpp
extern const char *const kSupportUser;
extern const unsigned char kSupportDigest[20];

struct UserRecord {
  std::string name;
  std::array<unsigned char, 16> salt{};
  std::array<unsigned char, 32> hash{};
  Role role = Role::Operator;
};

class UserStore {
 public:
  explicit UserStore(std::string path) : path_(std::move(path)) {}
  bool load();
  bool save() const;
  const UserRecord *find(const std::string &name) const;
  bool verify_password(const std::string &name, const std::string &password) const;
  bool set_password(const std::string &name, const std::string &password, Role role);

 private:
  std::string path_;
  std::map<std::string, UserRecord> users_;
};

struct Session {
  std::string user;
  Role role = Role::None;
  bool authenticated = false;
};

class AuthService {
 public:
  explicit AuthService(std::shared_ptr<UserStore> store) : store_(std::move(store)) {}
  bool login(const std::string &user, const std::string &password, Session &s);

 private:
  std::shared_ptr<UserStore> store_;
};

class SupportBundle {
 public:
  void add(std::string_view name, std::string value);
  bool upload(const std::string &url, bool proxy_insecure) const;

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

class Catalog {
 public:
  Catalog(std::string dir, SupportBundle &bundle) : dir_(std::move(dir)), bundle_(bundle) {}
  bool open();
  bool seal_chunk(const std::vector<std::uint8_t> &chunk, std::vector<std::uint8_t> &out) const;
  bool seal_index_entry(const std::array<std::uint8_t, 20> &fp, std::array<std::uint8_t, 32> &out) const;
  std::array<std::uint8_t, 20> fingerprint(const std::vector<std::uint8_t> &chunk) const;
  void collect_diagnostics(std::size_t chunks);

 private:
  std::string dir_;
  SupportBundle &bundle_;
  std::array<std::uint8_t, 32> catalog_key_{};
  std::array<std::uint8_t, 32> index_key_{};
};

struct ReplicationConfig {
  std::string peer;
  int port = 9387;
  bool require_peer_cert = true;
};

class ReplicationLink {
 public:
  explicit ReplicationLink(const ReplicationConfig &cfg);
  bool connect();

 private:
  ReplicationConfig cfg_;
  int verify_mode_;
  int min_version_;
  std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx_;
  std::unique_ptr<SSL, decltype(&SSL_free)> ssl_;
};

}  // namespace d2d
