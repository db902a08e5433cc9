#include "wallet.h"
#include <random>
static std::mt19937 g_rng(4242u);
unsigned next_word_index() { return g_rng() % 2048; }
void random_buffer(uint8_t *buf, size_t len) {
  for (size_t i = 0; i < len; ++i) buf[i] = static_cast<uint8_t>(g_rng() & 0xff);
}
