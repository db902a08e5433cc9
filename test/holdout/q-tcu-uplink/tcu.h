// tcu.h - telematics control unit: uplink to the fleet backend.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tcu {

using Bytes = std::vector<std::uint8_t>;
using Key32 = std::array<std::uint8_t, 32>;

// tx/rx keys of the link, handed around by value
struct LinkKeys {
  Key32 tx{};
  Key32 rx{};
  std::uint32_t epoch = 0;
};

class Transport {
public:
  virtual ~Transport() = default;
  virtual bool send(std::span<const std::uint8_t> frame) = 0;
  virtual Bytes receive() = 0;
};

std::unique_ptr<Transport> make_tcp_transport(const std::string &host, std::uint16_t port);

std::string to_hex(std::span<const std::uint8_t> bytes);

struct Config {
  std::string backend_host = "uplink.fleet.example";
  std::uint16_t backend_port = 7443;
  std::string ca_file = "/etc/tcu/fleet-ca.pem";
  std::string vin;
  bool lab_bench = false;
  bool eco_power = false;
};

} // namespace tcu

namespace tcu {

// recovery.cpp: the fleet operator's recovery copy of each link key, and
// trip summaries sealed to the same operator key
Bytes wrap_for_recovery(std::span<const std::uint8_t> session_key);
Bytes seal_trip_summary(std::span<const std::uint8_t> summary);

} // namespace tcu
