// lpvault: the vault core of a password manager's desktop client
// (account login, vault blob parsing and item decryption, sharing,
// the password generator, the native-messaging host of the extension).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace lpv {

using Bytes = std::vector<uint8_t>;

std::string to_hex(const Bytes &b);
Bytes from_hex(const std::string &s);
Bytes b64_decode(const std::string &s);
std::string b64_encode(const Bytes &b);

// settings.cpp: compiled-in defaults, then ~/.config/lpvault/settings.ini
class Settings {
public:
  static Settings &instance();
  bool load(const std::string &path);
  std::string get(const std::string &name) const;
  int get_int(const std::string &name, int fallback) const;

private:
  std::map<std::string, std::string> values_;
};

// Iteration count of accounts created before the 2018 default change; used
// when the server cannot tell us the account's count (offline unlock).
extern const int kLegacyIterations;
extern const int kDefaultIterations;

// kdf.cpp
Bytes derive_vault_key(const std::string &username, const std::string &password, int iterations);
Bytes make_login_hash(const Bytes &vault_key, const std::string &password);

// Symmetric backend; the OpenSSL one lives in openssl_backend.cpp.
class CipherBackend {
public:
  virtual ~CipherBackend() = default;
  virtual bool decrypt(const EVP_CIPHER *cipher, const Bytes &key, const Bytes &iv,
                       const Bytes &in, Bytes &out) = 0;
  virtual bool encrypt(const EVP_CIPHER *cipher, const Bytes &key, const Bytes &iv,
                       const Bytes &in, Bytes &out) = 0;
};
std::unique_ptr<CipherBackend> make_openssl_backend();

// item_codec.cpp: "!" base64(iv) "|" base64(ct) is CBC; anything else is
// the original format (no IV).
class ItemCodec {
public:
  explicit ItemCodec(CipherBackend &backend) : backend_(backend) {}
  bool decrypt_field(const std::string &field, const Bytes &key, std::string &out) const;
  bool encrypt_field(const std::string &plain, const Bytes &key, std::string &out) const;

private:
  CipherBackend &backend_;
};

// sync.cpp
class ApiClient {
public:
  explicit ApiClient(std::string base) : base_(std::move(base)) {}
  int iterations(const std::string &username);
  bool login(const std::string &username, const std::string &login_hash, std::string &session);
  bool fetch_vault(const std::string &session, std::string &blob);

private:
  bool post(const std::string &path, const std::string &form, std::string &reply);
  std::string base_;
};

// login.cpp
class Session {
public:
  explicit Session(ApiClient &api) : api_(api) {}
  bool login(const std::string &username, const std::string &password);
  bool unlock_offline(const std::string &username, const std::string &password);
  const Bytes &vault_key() const { return key_; }
  const std::string &username() const { return username_; }
  bool online() const { return !session_.empty(); }

private:
  ApiClient &api_;
  std::string username_;
  std::string session_;
  Bytes key_;
};

// diagnostics.cpp: the "Generate diagnostic report" of the help menu.
class Diagnostics {
public:
  using LogFn = std::function<void(const std::string &)>;
  void set_debug_log(LogFn fn) { debug_log_ = std::move(fn); }
  void add_session(const Session &s);
  void add_item_count(size_t n);
  std::string report() const { return report_; }

private:
  LogFn debug_log_;
  std::string report_;
};

// share.cpp
bool wrap_share_key(EVP_PKEY *recipient, const Bytes &share_key, int format, Bytes &out);
EVP_PKEY *generate_sharing_keypair();

// pwgen.cpp
std::string generate_password(size_t length, bool symbols);
unsigned retry_backoff_ms(unsigned attempt);

// native_host.cpp
bool native_host_check(const std::string &message, const std::string &tag_hex);

} // namespace lpv
