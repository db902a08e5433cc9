// Native port of jsbn's rng.js/prng4.js used by a desktop wallet (2011-2015 era):
// an entropy pool stirred into an ARC4 state that then yields the key bytes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

class Arcfour {
 public:
  void init(const std::vector<uint8_t>& key);
  uint8_t next();

 private:
  std::array<uint8_t, 256> S_{};
  uint8_t i_ = 0, j_ = 0;
};

class SecureRandom {
 public:
  SecureRandom();
  void nextBytes(std::vector<uint8_t>& ba);

 private:
  void seed_int(uint32_t x);
  void seed_time();
  static constexpr std::size_t kPoolSize = 256;
  std::vector<uint8_t> rng_pool_;
  std::size_t rng_pptr_ = 0;
  Arcfour* rng_state_ = nullptr;
};
