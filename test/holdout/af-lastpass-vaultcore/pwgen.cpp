// pwgen.cpp: the password generator of the "Add item" dialog, and the
// jitter of the sync retry loop.
#include "vault.hpp"

#include <chrono>
#include <random>

namespace lpv {
namespace {
const char kLower[] = "abcdefghijkmnopqrstuvwxyz";
const char kUpper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const char kDigits[] = "23456789";
const char kSymbols[] = "!@#$%^&*-_=+";
} // namespace

std::string generate_password(size_t length, bool symbols) {
  std::string alphabet = std::string(kLower) + kUpper + kDigits;
  if (symbols)
    alphabet += kSymbols;
  std::mt19937 gen(static_cast<unsigned>(
      std::chrono::system_clock::now().time_since_epoch().count()));
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::string password(length, ' ');
  for (auto &c : password)
    // ruleid: backdoor-predictable-random
    c = alphabet[pick(gen)];
  return password;
}

unsigned retry_backoff_ms(unsigned attempt) {
  static std::minstd_rand jitter_gen(std::random_device{}());
  std::uniform_int_distribution<unsigned> jitter(0, 250);
  const unsigned base = 500u << (attempt < 6 ? attempt : 6);
  // ok: backdoor-predictable-random
  return base + jitter(jitter_gen);
}

} // namespace lpv
