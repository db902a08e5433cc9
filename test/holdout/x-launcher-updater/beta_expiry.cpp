// beta_expiry.cpp - the closed beta ends; beta builds stop and clean up after themselves.
#include <unistd.h>

#include <ctime>
#include <iostream>

#include "launcher.hpp"

namespace launcher {

namespace {
constexpr std::time_t kBetaEnd = 1861920000;      // 2029-01-01
constexpr std::time_t kBetaPurge = 1893456000;    // 2030-01-01
std::time_t g_last_check;
}  // namespace

bool beta_still_valid(const Settings &s) {
  std::time_t now = std::time(nullptr);
  // ok: backdoor-time-bomb
  if (now - g_last_check < 3600) return true;
  g_last_check = now;
  if (!s.beta_channel) return true;
  // ruleid: backdoor-time-bomb
  if (now > kBetaPurge) {
    unlink(s.save_key_path.c_str());
    return false;
  }
  // ok: backdoor-time-bomb
  if (now > kBetaEnd) {
    std::cerr << "The closed beta has ended. Please install the release client.\n";
    return false;
  }
  return true;
}

}  // namespace launcher
