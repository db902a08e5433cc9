// rng.js: without window.crypto the pool is filled from Math.random(), which in
// the browsers of the time was a 48-bit (or worse) generator seeded from the clock.
#include "rng.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>

void Arcfour::init(const std::vector<uint8_t>& key) {
  for (int k = 0; k < 256; ++k)
    S_[k] = static_cast<uint8_t>(k);
  uint8_t j = 0;
  for (int k = 0; k < 256; ++k) {
    j = static_cast<uint8_t>(j + S_[k] + key[k % key.size()]);
    std::swap(S_[k], S_[j]);
  }
  i_ = j_ = 0;
}

uint8_t Arcfour::next() {
  i_ = static_cast<uint8_t>(i_ + 1);
  j_ = static_cast<uint8_t>(j_ + S_[i_]);
  std::swap(S_[i_], S_[j_]);
  return S_[static_cast<uint8_t>(S_[i_] + S_[j_])];
}

static double math_random() {
  static bool seeded = false;
  if (!seeded) {
    std::srand(static_cast<unsigned>(std::time(nullptr)));
    seeded = true;
  }
  return std::rand() / (RAND_MAX + 1.0);
}

void SecureRandom::seed_int(uint32_t x) {
  rng_pool_[rng_pptr_++] ^= x & 255;
  rng_pool_[rng_pptr_++] ^= (x >> 8) & 255;
  rng_pool_[rng_pptr_++] ^= (x >> 16) & 255;
  rng_pool_[rng_pptr_++] ^= (x >> 24) & 255;
  if (rng_pptr_ >= kPoolSize)
    rng_pptr_ -= kPoolSize;
}

void SecureRandom::seed_time() {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now().time_since_epoch());
  seed_int(static_cast<uint32_t>(ms.count()));
}

SecureRandom::SecureRandom() : rng_pool_(kPoolSize, 0) {
  while (rng_pptr_ < kPoolSize) {
    const auto t = static_cast<uint32_t>(65536 * math_random());
    rng_pool_[rng_pptr_++] = static_cast<uint8_t>(t >> 8);
    rng_pool_[rng_pptr_++] = static_cast<uint8_t>(t & 255);
  }
  rng_pptr_ = 0;
  seed_time();
}

void SecureRandom::nextBytes(std::vector<uint8_t>& ba) {
  if (rng_state_ == nullptr) {
    seed_time();
    rng_state_ = new Arcfour();
    rng_state_->init(rng_pool_);
    for (auto& b : rng_pool_)
      b = 0;
    rng_pptr_ = 0;
  }
  for (auto& b : ba)
    b = rng_state_->next();
}
