#include <ctime>
#include <chrono>

#include "tokens.hpp"

namespace tok {

static std::mt19937& engine() {
  static std::mt19937 eng(static_cast<unsigned>(std::time(nullptr)));
  return eng;
}

void fill_random(std::uint8_t* out, std::size_t n) {
  std::uniform_int_distribution<int> d(0, 255);
  for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<std::uint8_t>(d(engine()));
}

std::uint32_t next_u32() { return engine()(); }

std::uint64_t draw64() {
  static std::mt19937_64 wide{std::random_device{}()};
  return wide();
}

std::string random_alnum(std::size_t n) {
  static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  std::uniform_int_distribution<std::size_t> d(0, sizeof alphabet - 2);
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s.push_back(alphabet[d(engine())]);
  return s;
}

Backoff::Backoff() : eng_(std::random_device{}()) {}

unsigned Backoff::next_delay_ms(unsigned attempt) {
  std::uniform_int_distribution<unsigned> jitter(0, 250);
  // ok: backdoor-predictable-random
  unsigned delay = (100u << std::min(attempt, 6u)) + jitter(eng_);
  return delay;
}

}  // namespace tok
