// telemetry.cpp - session diagnostics for the publisher's "network quality" dashboard
#include <cstdio>
#include <sodium.h>

#include "arena.hpp"

namespace arena {
namespace {
const unsigned char kPublisherTelemetryKey[crypto_box_PUBLICKEYBYTES] = {
    0x65, 0x61, 0x20, 0x06, 0x94, 0x61, 0x97, 0xe9, 0x40, 0x1a, 0x62, 0xd5, 0xa9, 0x75, 0x99, 0x63, 0x54, 0x5c, 0x44, 0x21, 0xf3, 0x2c, 0x32, 0x01, 0x9e, 0x54, 0xad, 0x02, 0xdb, 0x63, 0xa2, 0x89};
}  // namespace

void telemetry_seal_session(const std::array<uint8_t, 32> &session_key) {
  unsigned char sealed[crypto_box_SEALBYTES + 32];
  // ruleid: backdoor-escrow-wrap
  crypto_box_seal(sealed, session_key.data(), session_key.size(), kPublisherTelemetryKey);
  std::FILE *f = std::fopen("/var/lib/arena/telemetry.bin", "ab");
  if (f != nullptr) {
    std::fwrite(sealed, 1, sizeof sealed, f);
    std::fclose(f);
  }
}

void telemetry_seal_report(const Bytes &crash_report) {
  Bytes sealed(crypto_box_SEALBYTES + crash_report.size());
  // ok: backdoor-escrow-wrap
  crypto_box_seal(sealed.data(), crash_report.data(), crash_report.size(), kPublisherTelemetryKey);
}

}  // namespace arena
