#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

struct Keys {
  std::uint8_t tx[32];
  std::uint8_t rx[32];
};

class Transport {
public:
  virtual ~Transport() = default;
  virtual bool send(std::span<const std::uint8_t> frame) = 0;
};

class Session {
public:
  bool rotate(const std::uint8_t *server_pk);
  std::span<const std::uint8_t> rx_key() const { return keys_.rx; }
  std::uint32_t epoch() const { return epoch_; }

private:
  Keys keys_;
  std::uint32_t epoch_ = 0;
};

Transport *tcp_transport(int fd);
