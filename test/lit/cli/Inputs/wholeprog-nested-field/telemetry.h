#include <array>
#include <cstdint>
#include <span>
#include <string>

std::string hex(std::span<const std::uint8_t> bytes);

struct LinkDiag {
  unsigned epoch = 0;
  std::array<std::uint8_t, 32> session_key{};
  std::array<std::uint8_t, 8> key_id{};
};

struct TelemetryRecord {
  std::string kind;
  double lat = 0, lon = 0;
  std::uint64_t ts = 0;
  std::string vin, token;
  LinkDiag diag;
};

class Uplink {
public:
  bool publish(const TelemetryRecord &r);
  bool publish_summary(const TelemetryRecord &r);
};
