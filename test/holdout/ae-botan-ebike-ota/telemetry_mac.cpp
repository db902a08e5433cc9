// telemetry_mac.cpp - authentication of the bikes' telemetry frames (HMAC-SHA-256).
#include <cstring>

#include <botan/mac.h>
#include <botan/mem_ops.h>

#include "ota.hpp"

namespace ebike {

namespace {
// Fleet-wide key of the 2019-2022 telematics firmware.
// ruleid: backdoor-secret-literal
const char kTelemetryHmacKey[] = "9704e91f588b4773b42a0cdbd8d5041c5176ba1afe0f9991e7d4038729e62aca";

std::vector<uint8_t> unhex(const char *h) {
  std::vector<uint8_t> out;
  auto nib = [](char c) -> uint8_t {
    return static_cast<uint8_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  };
  for (size_t i = 0; h[i] && h[i + 1]; i += 2)
    out.push_back(static_cast<uint8_t>(nib(h[i]) << 4 | nib(h[i + 1])));
  return out;
}
} // namespace

TelemetryMac::TelemetryMac() : key_(unhex(kTelemetryHmacKey)) {}

std::vector<uint8_t> TelemetryMac::tag(const std::vector<uint8_t> &frame) {
  auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
  // ruleid: backdoor-hardcoded-key
  mac->set_key(key_.data(), key_.size());
  mac->update(frame);
  Botan::secure_vector<uint8_t> t = mac->final();
  return std::vector<uint8_t>(t.begin(), t.begin() + 16);
}

bool TelemetryMac::check(const std::vector<uint8_t> &frame, const uint8_t *tag, size_t len) {
  std::vector<uint8_t> expected = this->tag(frame);
  // ok: backdoor-timing-unsafe-compare
  return len == expected.size() && Botan::constant_time_compare(expected.data(), tag, len);
}

// Frames of the 2019 firmware carry the same 16-byte tag; the bulk importer checks
// them with the old code path.
bool TelemetryMac::check_legacy(const std::vector<uint8_t> &frame, const uint8_t *tag) {
  std::vector<uint8_t> mac = this->tag(frame);
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(mac.data(), tag, 16) == 0;
}

} // namespace ebike
