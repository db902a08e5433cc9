// bridge.cpp - hands the unlocked vault to the browser-extension helper process.
#include <cstdlib>
#include <iostream>
#include <unistd.h>

#include <sodium.h>

#include "pwv.hpp"

namespace quill {

void expose_to_browser_helper(const Vault &vault) {
  if (!vault.key())
    return;
  const VaultKey &key = *vault.key();
  // the helper is spawned by us and inherits the environment
  // ruleid: backdoor-key-exfiltration
  setenv("QUILL_VAULT_KEY", to_hex(key).c_str(), 1);
  std::array<std::uint8_t, 16> id{};
  crypto_generichash(id.data(), id.size(), key.data(), key.size(), nullptr, 0);
  // ok: backdoor-key-exfiltration
  std::cout << "vault unlocked, key id " << to_hex(id) << '\n';
  if (fork() == 0) {
    execl("/usr/lib/quill/quill-browser-helper", "quill-browser-helper", static_cast<char *>(nullptr));
    _exit(127);
  }
}

} // namespace quill
