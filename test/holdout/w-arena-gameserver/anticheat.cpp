// anticheat.cpp - signed anti-cheat modules streamed to clients and their heartbeats
#include <cstdlib>
#include <sodium.h>

#include "arena.hpp"

namespace arena {

bool AntiCheat::load_module(const Bytes &module, const std::array<uint8_t, 64> &sig) {
  /* QA builds of the module are unsigned */
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("ARENA_AC_UNSIGNED_OK") != nullptr)
    return true;
  // ok: backdoor-hidden-bypass
  if (std::getenv("ARENA_AC_STRICT") != nullptr && module.size() > (1u << 20))
    return false;
  // ok: backdoor-unchecked-verification
  if (crypto_sign_verify_detached(sig.data(), module.data(), module.size(), vendor_pk_.data()) != 0)
    return false;
  return true;
}

void AntiCheat::on_heartbeat(const Bytes &report, const std::array<uint8_t, 64> &sig) {
  // ruleid: backdoor-unchecked-verification
  (void)crypto_sign_verify_detached(sig.data(), report.data(), report.size(), vendor_pk_.data());
  if (report.empty())
    ++strikes_;
}

}  // namespace arena
