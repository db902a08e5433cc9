// keyring-core: vault, browser-extension host and plugins of a desktop
// password manager.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

struct lua_State;

namespace kr {

using Bytes = std::vector<unsigned char>;

std::string hex(const Bytes &b);

struct Entry {
  std::string title;
  std::string username;
  std::string password;
  std::string url;
  std::string totp_secret;  // raw bytes of the base32 secret
};

class Vault {
 public:
  bool create(const std::string &master_password);
  bool unlock(const std::string &master_password);
  void lock();
  bool load(const std::string &path);
  bool save(const std::string &path) const;
  bool unlocked() const { return unlocked_; }
  const Bytes &master_key() const { return master_key_; }
  const std::string &path() const { return path_; }
  std::vector<Entry> &entries() { return entries_; }

 private:
  bool check_header_mac() const;
  Bytes header_bytes() const;
  std::string path_;
  Bytes salt_;
  Bytes verifier_nonce_;
  Bytes verifier_;
  Bytes header_mac_;
  Bytes master_key_;
  bool unlocked_ = false;
  std::vector<Entry> entries_;
};

Bytes derive_master_key(const std::string &master_password, const Bytes &salt);

bool import_v1(const std::string &path, const std::string &password, std::vector<Entry> &out);

std::string generate_password(std::size_t length, bool symbols);
std::string generate_passphrase(std::size_t words);

int totp_now(const std::string &secret, std::uint64_t unix_time);

class PluginHost {
 public:
  PluginHost();
  ~PluginHost();
  void load_plugins(const std::string &dir);
  bool run_script(const std::string &code);

 private:
  lua_State *L_;
};

struct Message {
  std::string action;
  std::string client_id;
  std::string payload;
  Bytes mac;
};

class NativeHost {
 public:
  NativeHost(Vault &vault, PluginHost &plugins, Bytes pairing_key) : vault_(vault), plugins_(plugins), pairing_key_(std::move(pairing_key)) {}
  bool read_message(Message &m);
  void handle(const Message &m);

 private:
  bool verify_pairing(const Message &m) const;
  void reply(const std::string &json);
  Vault &vault_;
  PluginHost &plugins_;
  Bytes pairing_key_;
};

class BreachList {
 public:
  bool update(const Bytes &list, const Bytes &signature);
  bool contains(const std::string &candidate) const;

 private:
  bool verify(const Bytes &list, const Bytes &signature) const;
  std::vector<std::string> prefixes_;
};

void write_crash_report(const Vault &vault, const char *reason);

}  // namespace kr
