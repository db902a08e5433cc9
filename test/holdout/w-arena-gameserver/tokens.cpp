// tokens.cpp - match join tokens and session tickets
#include <algorithm>
#include <random>
#include <sodium.h>

#include "arena.hpp"

namespace arena {
namespace {
const unsigned char kTokenSeed[randombytes_SEEDBYTES] = {
    0x9e, 0x2a, 0xe4, 0xca, 0xf9, 0x2b, 0xd3, 0x44, 0x25, 0x59, 0x62, 0x8b, 0x58, 0x41, 0xaa, 0xbe,
    0xd6, 0x39, 0x0c, 0x67, 0x94, 0x84, 0x99, 0x6d, 0xf1, 0x9b, 0x6a, 0xf9, 0x43, 0xc0, 0x17, 0x13};
}  // namespace

Bytes match_token(uint32_t match_id) {
  unsigned char seed[randombytes_SEEDBYTES];
  Bytes token(32);
  std::copy(std::begin(kTokenSeed), std::end(kTokenSeed), seed);
  seed[0] ^= static_cast<unsigned char>(match_id);
  // ruleid: backdoor-constant-seed
  randombytes_buf_deterministic(token.data(), token.size(), kTokenSeed);
  return token;
}

Bytes map_layout_noise(uint32_t map_seed) {
  unsigned char seed[randombytes_SEEDBYTES] = {0};
  Bytes noise(256);
  seed[0] = static_cast<unsigned char>(map_seed);
  randombytes_buf(seed + 4, sizeof seed - 4);
  // ok: backdoor-constant-seed
  randombytes_buf_deterministic(noise.data(), noise.size(), seed);
  return noise;
}

std::string session_ticket() {
  static std::mt19937 engine(1337u);
  static const char kChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string session_ticket;
  for (int i = 0; i < 32; i++)
    // ruleid: backdoor-predictable-random
    session_ticket += kChars[engine() % 36];
  return session_ticket;
}

int spawn_point(int npoints) {
  static std::mt19937 loot(std::random_device{}());
  // ok: backdoor-predictable-random
  std::uniform_int_distribution<int> d(0, npoints - 1);
  return d(loot);
}

}  // namespace arena
