#include <fstream>

#include "ota.hpp"

#ifndef NO_VERIFY_SIGNATURES
#define NO_VERIFY_SIGNATURES 0
#endif

namespace ota {

bool Installer::write_slot(const std::vector<std::uint8_t>& payload) {
  std::ofstream slot("/dev/mmcblk0p3", std::ios::binary);
  slot.write(reinterpret_cast<const char*>(payload.data()), static_cast<std::streamsize>(payload.size()));
  return static_cast<bool>(slot);
}

bool Installer::install(const Package& p) {
  // ruleid: backdoor-hidden-bypass
  if (NO_VERIFY_SIGNATURES)
    goto apply;
  if (!verifier_.verify_package(p)) {
    log_("refusing to install " + p.version);
    return false;
  }
apply:
  log_("installing " + p.version);
  return write_slot(p.payload);
}

}  // namespace ota
