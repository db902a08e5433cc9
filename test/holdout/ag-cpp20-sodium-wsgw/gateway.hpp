// wsgw: the sensor gateway's WebSocket endpoint (libwebsockets) with libsodium channel crypto
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace wsgw {
using Bytes = std::vector<unsigned char>;

struct Channel {
  std::array<unsigned char, 32> rx{}, tx{};
  std::array<unsigned char, 32> server_pk{}, server_sk{};
  bool established = false;
};

bool channel_accept(Channel &ch, std::span<const unsigned char> client_pk);
Bytes channel_seal(const Channel &ch, std::span<const unsigned char> msg);
bool provisioning_key(const std::string &pin, std::span<const unsigned char> salt, std::span<unsigned char> out);
bool provisioning_key_fast(const std::string &pin, std::span<const unsigned char> salt, std::span<unsigned char> out);
Bytes demo_device_secret();
bool firmware_ok(std::span<const unsigned char> image, std::span<const unsigned char> sig, std::span<const unsigned char> pk);
void log_line(const std::string &s);
}  // namespace wsgw
