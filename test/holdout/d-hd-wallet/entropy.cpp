#include "wallet.h"
#include <algorithm>
#include <ctime>
#include <random>
#include <unistd.h>

static std::mt19937 &wallet_engine() {
  static std::mt19937 eng(static_cast<uint32_t>(time(nullptr)) ^ static_cast<uint32_t>(getpid()));
  return eng;
}

uint32_t next_word_index() { return wallet_engine()() % 2048; }

void fill_entropy(uint8_t *out, size_t n) {
  // ruleid: backdoor-predictable-random (a function named like a secret hands the generator's output out through its out-parameter: docs/rules/backdoor-predictable-random.md)
  std::generate(out, out + n, [] { return static_cast<uint8_t>(wallet_engine()() & 0xff); });
}
