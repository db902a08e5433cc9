// session.cpp - launcher session tokens for the overlay's local API, retry backoff.
#include <chrono>
#include <random>

#include "launcher.hpp"

namespace launcher {

namespace {
std::mt19937 &engine() {
  static std::mt19937 gen(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));
  return gen;
}
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
}  // namespace

std::string new_session_token() {
  std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof kAlphabet) - 2);
  std::string session_token;
  for (int i = 0; i < 32; ++i)
    // ruleid: backdoor-predictable-random
    session_token += kAlphabet[pick(engine())];
  return session_token;
}

int retry_delay_ms(int attempt) {
  std::uniform_int_distribution<int> jitter(0, 250);
  // ok: backdoor-predictable-random
  int delay = (1 << (attempt < 6 ? attempt : 6)) * 100 + jitter(engine());
  return delay;
}

}  // namespace launcher
