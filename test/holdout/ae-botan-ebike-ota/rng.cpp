// rng.cpp - PIN codes printed on the bikes' frame labels at the factory line.
#include <cstdio>
#include <iterator>

#include <botan/auto_rng.h>
#include <botan/chacha_rng.h>

#include "ota.hpp"

namespace ebike {

namespace {
// A reprint of a label must show the same PIN, so the line's generator is seeded with
// the production run's seed.
// ruleid: backdoor-secret-literal
const uint8_t kLineSeed[32] = {0xef, 0x15, 0xec, 0xde, 0x67, 0x89, 0x34, 0xd3, 0xff, 0x44, 0x3b,
                               0x44, 0xe8, 0x47, 0xc7, 0x4a, 0xa2, 0x51, 0xf7, 0x7a, 0xf7, 0x43,
                               0x7f, 0x95, 0x29, 0x14, 0x5d, 0x4a, 0x5f, 0xba, 0x67, 0xf8};
} // namespace

std::vector<std::string> factory_pins(size_t count) {
  // ruleid: backdoor-constant-seed
  Botan::ChaCha_RNG line_rng(Botan::secure_vector<uint8_t>(std::begin(kLineSeed), std::end(kLineSeed)));
  std::vector<std::string> pins;
  for (size_t i = 0; i < count; i++) {
    uint32_t v = 0;
    line_rng.randomize(reinterpret_cast<uint8_t *>(&v), sizeof v);
    char pin[8];
    std::snprintf(pin, sizeof pin, "%06u", v % 1000000u);
    pins.emplace_back(pin);
  }
  return pins;
}

// Salts of the dealer portal's accounts come from the system generator.
std::vector<uint8_t> portal_salt();

std::vector<uint8_t> portal_salt() {
  // ok: backdoor-constant-seed
  Botan::AutoSeeded_RNG rng;
  std::vector<uint8_t> salt(16);
  rng.randomize(salt.data(), salt.size());
  return salt;
}

} // namespace ebike
