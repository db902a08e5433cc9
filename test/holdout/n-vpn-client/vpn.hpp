// vpn.hpp - the tunnel client core of "Lanyard VPN" (desktop client, Linux build).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <openssl/ssl.h>

namespace lanyard {

enum class Level { Trace, Debug, Info, Warn, Error };

using Settings = std::map<std::string, std::string>;

struct CertAuth {
  std::string cert_file;
  std::string key_file;
};

struct TokenAuth {
  std::string token_file;
};

struct TunnelOptions {
  std::string server;
  std::string port = "443";
  std::string ca_file;
  std::optional<int> min_tls;            // tls_min = 1.2 | 1.3
  std::optional<std::string> cipher_list;
  std::variant<CertAuth, TokenAuth> auth;
  bool verbose = false;
};

TunnelOptions options_from(const Settings &s);
Settings load_settings(const std::string &path);

using DataKey = std::array<std::uint8_t, 32>;

class DataChannel {
public:
  DataChannel(const DataKey &tx, const DataKey &rx, const std::array<std::uint8_t, 4> &salt);
  std::vector<std::uint8_t> seal(const std::uint8_t *p, std::size_t n);
  std::optional<std::vector<std::uint8_t>> open(const std::uint8_t *p, std::size_t n);

private:
  DataKey tx_, rx_;
  std::array<std::uint8_t, 4> salt_;
  std::uint64_t tx_packet_ = 0;
};

class Tunnel {
public:
  using LogFn = std::function<void(Level, std::string_view)>;

  explicit Tunnel(TunnelOptions opts);
  ~Tunnel();
  Tunnel(const Tunnel &) = delete;
  Tunnel &operator=(const Tunnel &) = delete;

  void set_log_fn(LogFn fn) { log_fn_ = std::move(fn); }
  bool connect();
  bool authenticate();
  void run();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  LogFn log_fn_;
};

class Diagnostics {
public:
  static Diagnostics &instance();
  const std::string &keylog_path() const { return keylog_path_; }
  void note(std::string_view what);

private:
  Diagnostics();
  std::string keylog_path_;
};

std::string to_hex(const std::uint8_t *p, std::size_t n);
unsigned reconnect_delay_ms(unsigned attempt);

} // namespace lanyard

// diag.cpp: the key-log callback handed to OpenSSL
void lanyard_keylog_line(const SSL *ssl, const char *line);
