// tvagent: settings, password storage and session set-up of a remote-support
// agent (reconstruction of TeamViewer's *PasswordAES settings, CVE-2019-18988;
// see u-INDEX.md).
#pragma once

#include <openssl/evp.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tv {

using Bytes = std::vector<std::uint8_t>;

std::string to_hex(const Bytes &b);
Bytes from_hex(const std::string &s);
Bytes sha256(const Bytes &b);

class Logger {
 public:
  explicit Logger(std::string path) : path_(std::move(path)) {}
  void info(const std::string &msg);
  void debug(const std::string &msg);
  int level = 3;

 private:
  void write(const char *tag, const std::string &msg);
  std::string path_;
};

// global.conf: "[bin  ] Name = 0a 1b ...", "[int32] Name = 5", "[strng] Name = "x"".
class SettingsStore {
 public:
  bool load(const std::string &path);
  bool save(const std::string &path) const;
  std::optional<Bytes> binary(const std::string &name) const;
  std::optional<std::string> text(const std::string &name) const;
  int integer(const std::string &name, int def) const;
  void set_binary(const std::string &name, Bytes value);

 private:
  std::map<std::string, Bytes> bin_;
  std::map<std::string, std::string> str_;
  std::map<std::string, int> int_;
};

// The *PasswordAES values: AES-128-CBC, one key and IV for every installation.
class RegistryCipher {
 public:
  static Bytes protect(const std::string &plain);
  static std::optional<std::string> reveal(const Bytes &blob);

 private:
  static const std::uint8_t kKey[16];
  static const std::uint8_t kIv[16];
};

class PasswordVault {
 public:
  explicit PasswordVault(SettingsStore &store) : store_(store) {}
  std::optional<std::string> options_password() const;
  std::optional<std::string> unattended_password() const;
  std::optional<std::string> proxy_password() const;
  void set_unattended_password(const std::string &pw);

 private:
  SettingsStore &store_;
};

class PartnerAuth {
 public:
  explicit PartnerAuth(const PasswordVault &vault) : vault_(vault) {}
  const std::string &new_session_password();
  bool verify(const std::string &typed) const;

 private:
  bool verify_unattended(const std::string &typed) const;
  const PasswordVault &vault_;
  std::string session_password_;
};

class SessionCrypto {
 public:
  SessionCrypto(Logger &log, bool legacy_peer) : log_(log), legacy_peer_(legacy_peer) {}
  ~SessionCrypto();
  bool generate_identity();
  bool seal_session_key(const Bytes &partner_spki, Bytes &out);
  bool open_channel(bool lan_only, const Bytes &iv);
  bool rekey_iv(const Bytes &iv);
  EVP_PKEY *identity() const { return identity_; }

 private:
  Logger &log_;
  bool legacy_peer_;
  EVP_PKEY *identity_ = nullptr;
  EVP_CIPHER_CTX *chan_ = nullptr;
  Bytes session_key_;
};

class Updater {
 public:
  Updater(Logger &log, const PasswordVault &vault, const SettingsStore &settings) : log_(log), vault_(vault), settings_(settings) {}
  bool fetch(const std::string &url, Bytes &body);
  bool verify(const Bytes &package, const Bytes &signature);

 private:
  Logger &log_;
  const PasswordVault &vault_;
  const SettingsStore &settings_;
};

extern const int kCompatRsaBits;
extern const char kUpdateSigningPem[];

}  // namespace tv
