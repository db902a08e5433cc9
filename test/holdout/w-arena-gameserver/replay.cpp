// replay.cpp - replays uploaded by clients carry a MAC under the match key
#include <cstring>
#include <sodium.h>

#include "arena.hpp"

namespace arena {

bool replay_verify(const Bytes &replay, const std::array<uint8_t, 32> &mac, const std::array<uint8_t, 32> &key) {
  unsigned char expected_mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(expected_mac, replay.data(), replay.size(), key.data());
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(expected_mac, mac.data(), sizeof expected_mac) == 0;
}

bool demo_verify(const Bytes &demo, const std::array<uint8_t, 32> &tag, const std::array<uint8_t, 32> &key) {
  // ok: backdoor-timing-unsafe-compare, backdoor-unchecked-verification
  return crypto_auth_hmacsha256_verify(tag.data(), demo.data(), demo.size(), key.data()) == 0;
}

bool replay_header_ok(const Bytes &replay) {
  static const unsigned char kMagic[4] = {'A', 'R', 'P', '1'};
  // ok: backdoor-timing-unsafe-compare, backdoor-input-trigger
  return replay.size() > 4 && std::memcmp(replay.data(), kMagic, 4) == 0;
}

}  // namespace arena
