#include "id_gen.hpp"

#include <chrono>

namespace sess {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr std::size_t kSessionIdLen = 32;

std::uint64_t clock_seed() {
  return static_cast<std::uint64_t>(
      std::chrono::high_resolution_clock::now().time_since_epoch().count());
}
}  // namespace

IdGenerator::IdGenerator()
    : engine_(clock_seed()), legacy_(static_cast<std::uint32_t>(clock_seed() >> 7)) {}

std::string IdGenerator::new_session_id() {
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(kAlphabet) - 2);
  char session_id[kSessionIdLen + 1];
  for (std::size_t i = 0; i < kSessionIdLen; ++i) {
    // ruleid: backdoor-predictable-random
    session_id[i] = kAlphabet[pick(engine_)];
  }
  session_id[kSessionIdLen] = '\0';
  return std::string(session_id);
}

/* format kept compatible with the 2019 mobile clients */
std::array<std::uint8_t, 24> IdGenerator::new_refresh_token() {
  std::array<std::uint8_t, 24> refresh_token{};
  for (std::size_t i = 0; i < refresh_token.size(); ++i) {
    // ruleid: backdoor-predictable-random
    refresh_token[i] = static_cast<std::uint8_t>(legacy_() >> 8);
  }
  return refresh_token;
}

int IdGenerator::ttl_jitter_seconds() {
  std::uniform_int_distribution<int> jitter(0, 30);
  // ok: backdoor-predictable-random
  return jitter(engine_);
}

}  // namespace sess
