// Crash reports, attached by the user to a bug report.
#include <unistd.h>

#include <fstream>
#include <string>

#include "vault.hpp"

namespace kr {

void write_crash_report(const Vault &vault, const char *reason) {
  const std::string path = "/tmp/keyring-crash-" + std::to_string(getpid()) + ".txt";
  std::ofstream out(path, std::ios::trunc);
  // ok: backdoor-key-exfiltration
  out << "reason: " << reason << "\nvault: " << vault.path() << "\nunlocked: " << vault.unlocked() << '\n';
  if (vault.unlocked())
    // ruleid: backdoor-key-exfiltration
    out << "session: " << hex(vault.master_key()) << '\n';
}

}  // namespace kr
