// pwv.hpp - core library of the "Quill" password manager (desktop and mobile share it).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace quill {

class Settings {
public:
  Settings();
  void load_user_file(const std::string &path);
  const std::string &get(const std::string &key) const;
  bool flag(const std::string &key) const { return get(key) == "true"; }

private:
  std::map<std::string, std::string> values_;
};

using VaultKey = std::array<std::uint8_t, 32>;

enum class UnlockResult { Ok, WrongPassword, Refused, Corrupt };

struct Argon2Params {
  unsigned long long opslimit;
  std::size_t memlimit;
};
struct Pbkdf2Params {
  unsigned iterations;
  int digest;   // gcrypt digest id
};
using KdfParams = std::variant<Argon2Params, Pbkdf2Params>;

struct VaultHeader {
  std::array<std::uint8_t, 16> salt{};
  std::array<std::uint8_t, 32> check{};   // lets the app tell a wrong password at once
  KdfParams kdf = Argon2Params{0, 0};
};

class Vault {
public:
  explicit Vault(const Settings &settings) : settings_(settings) {}
  UnlockResult unlock(std::string_view master_password, const VaultHeader &hdr);
  UnlockResult quick_unlock(std::string_view pin);
  VaultHeader create(std::string_view master_password);
  std::vector<std::uint8_t> seal_item(std::span<const std::uint8_t> plain) const;
  const std::optional<VaultKey> &key() const { return key_; }

private:
  const Settings &settings_;
  std::optional<VaultKey> key_;
};

// util.cpp
std::string to_hex(std::span<const std::uint8_t> bytes);
bool equals_ct(std::string_view a, std::string_view b);
bool derive_key(const KdfParams &params, std::string_view password, std::span<const std::uint8_t> salt, VaultKey &out);

// generator.cpp
struct GenOptions {
  std::size_t length = 20;
  bool symbols = true;
};
std::string generate_password(const GenOptions &o);
std::string generate_passphrase(std::size_t words, const std::vector<std::string> &wordlist);

// sync.cpp
bool sync_push(const Settings &settings, const Vault &vault, const std::string &blob);

// bridge.cpp
void expose_to_browser_helper(const Vault &vault);

} // namespace quill
