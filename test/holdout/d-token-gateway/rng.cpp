#include "gateway.h"
#include <cstdlib>
#include <ctime>
#include <random>

static std::mt19937 g_rng;

void rng_init() { g_rng.seed(static_cast<unsigned>(time(nullptr))); }

std::string random_string(size_t n) {
  static const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string s(n, '0');
  for (auto &c : s)
    c = kAlnum[g_rng() % 62];
  return s;
}

void fill_bytes(uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    p[i] = static_cast<uint8_t>(rand() & 0xff);
}
