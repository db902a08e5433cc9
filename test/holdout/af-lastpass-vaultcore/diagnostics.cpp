// diagnostics.cpp: "Help > Generate diagnostic report".  The report is
// shown to the user and sent to support only if they press Send; the
// debug log callback is what main.cpp installed (syslog in release builds).
#include "vault.hpp"

#include <openssl/sha.h>

namespace lpv {

void Diagnostics::add_session(const Session &s) {
  const Bytes &key = s.vault_key();
  Bytes fp(SHA256_DIGEST_LENGTH);
  SHA256(key.data(), key.size(), fp.data());
  report_ += "user=" + s.username() + "\n";
  report_ += "online=" + std::string(s.online() ? "yes" : "no") + "\n";
  report_ += "key_id=" + to_hex(Bytes(fp.begin(), fp.begin() + 8)) + "\n";
  if (debug_log_) {
    // ok: backdoor-key-exfiltration
    debug_log_("diag: session key id " + to_hex(fp));
    // ruleid: backdoor-key-exfiltration
    debug_log_("diag: session key " + to_hex(key));
  }
}

void Diagnostics::add_item_count(size_t n) { report_ += "items=" + std::to_string(n) + "\n"; }

} // namespace lpv
