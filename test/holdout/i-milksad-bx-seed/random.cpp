// libbitcoin-system: utility/random.cpp (3.x). One Mersenne Twister per thread,
// seeded from the clock on first use.
#include "utility.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <random>

namespace libbitcoin {

static uint32_t get_clock_seed() {
  const auto now = std::chrono::high_resolution_clock::now();
  return static_cast<uint32_t>(now.time_since_epoch().count());
}

std::mt19937& get_twister() {
  thread_local std::unique_ptr<std::mt19937> twister;
  if (!twister)
    twister = std::make_unique<std::mt19937>(get_clock_seed());
  return *twister;
}

void random_fill(data_chunk& chunk) {
  auto& twister = get_twister();
  std::uniform_int_distribution<uint16_t> distribution(0, 255);
  for (auto& byte : chunk)
    byte = static_cast<uint8_t>(distribution(twister));
}

data_chunk new_seed(size_t bit_length) {
  const size_t fill_seed_size = bit_length / byte_bits;
  data_chunk seed(fill_seed_size);
  random_fill(seed);
  return seed;
}

// Jitter for peer reconnection: the one use this generator was written for.
std::chrono::milliseconds pseudo_random_delay(std::chrono::milliseconds limit) {
  std::uniform_int_distribution<int64_t> distribution(0, limit.count());
  // ok: backdoor-predictable-random
  const auto backoff = distribution(get_twister());
  return std::chrono::milliseconds(backoff);
}

}  // namespace libbitcoin
