// bmsgw: building-management gateway between field controllers and the vendor cloud (wolfSSL).
#pragma once

#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/aes.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace bms {

enum class Generation { kGen1, kGen2 };

// Supervisory link to one field controller (the gateway is the TLS client).
class ControllerLink {
public:
  ControllerLink(std::string host, Generation gen);
  ~ControllerLink();
  bool open(int fd);
  int read(uint8_t *buf, int cap);

private:
  std::string host_;
  Generation gen_;
  int verify_mode_;
  WOLFSSL_CTX *ctx_ = nullptr;
  WOLFSSL *ssl_ = nullptr;
};

struct SiteKey {
  bool provisioned = false;
  std::array<uint8_t, 16> bytes{};
};

// Telemetry frames to the vendor cloud: [iv:12][ciphertext][tag:16].
class TelemetrySealer {
public:
  explicit TelemetrySealer(const SiteKey &site);
  std::vector<uint8_t> seal(const std::vector<uint8_t> &frame);
  int next_poll_ms();

private:
  const SiteKey &site_;
  std::mt19937 gen_;
};

const uint8_t *default_site_key();
std::string new_ui_session_cookie();
WOLFSSL_CTX *hub_server_ctx(const char *cert, const char *key);
WOLFSSL_CTX *ui_server_ctx(const char *cert, const char *key);

} // namespace bms
