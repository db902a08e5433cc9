#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <openssl/evp.h>

namespace vault {

using Bytes = std::vector<std::uint8_t>;

class Logger {
 public:
  explicit Logger(std::string component);
  void info(const std::string& msg) const;
  void debug(const std::string& msg) const;
  void error(const std::string& msg) const;

 private:
  std::string component_;
};

struct CipherCtxDeleter {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

struct GatewayConfig {
  std::string listen_addr;
  std::string key_file;
  int port = 8443;
  bool audit = true;
};

std::optional<GatewayConfig> load_config(const std::string& path);
std::string to_hex(const std::uint8_t* p, std::size_t n);

class KeyStore {
 public:
  static KeyStore& instance();
  const std::uint8_t* wrap_key() const { return wrap_key_.data(); }
  Bytes load_file_key(const std::string& path) const;

 private:
  KeyStore() = default;
  // ruleid: backdoor-secret-literal
  std::array<std::uint8_t, 32> wrap_key_{{0x4f, 0x1c, 0x9a, 0x72, 0xe3, 0x0b, 0x5d, 0x88, 0x21, 0xc6, 0x7e,
                                          0x94, 0x3a, 0xf0, 0x17, 0x6b, 0xd2, 0x59, 0x0e, 0xa4, 0x83, 0x3f,
                                          0xb7, 0x6c, 0x15, 0xe9, 0x48, 0x2d, 0x91, 0x7a, 0xc3, 0x06}};
};

class Sealer {
 public:
  explicit Sealer(Logger& log) : log_(log) {}
  Bytes seal_with_wrap_key(const Bytes& plain);
  Bytes seal_session(const Bytes& plain, Bytes& iv_out);
  Bytes seal_legacy_record(const Bytes& plain);
  Bytes seal_with_file_key(const GatewayConfig& cfg, const Bytes& plain);

 private:
  Logger& log_;
};

}  // namespace vault
