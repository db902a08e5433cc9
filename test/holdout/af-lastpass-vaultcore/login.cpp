// login.cpp: logging in and unlocking the vault key.
#include "vault.hpp"

#include <cstdio>
#include <fstream>

namespace lpv {

bool Session::login(const std::string &username, const std::string &password) {
  const int n = api_.iterations(username);
  username_ = username;
  // ok: backdoor-weak-kdf
  key_ = derive_vault_key(username, password, n > 0 ? n : kDefaultIterations);
  const std::string login_hash = to_hex(make_login_hash(key_, password));
  // ok: backdoor-key-exfiltration
  if (!api_.login(username, login_hash, session_)) {
    key_.clear();
    return false;
  }
  return true;
}

// Without the server we do not know the account's iteration count: try the
// count the cache recorded, then the count of accounts from before 2018.
bool Session::unlock_offline(const std::string &username, const std::string &password) {
  const std::string cache = Settings::instance().get("vault.cache_dir") + "/iterations";
  std::ifstream in(cache);
  int cached = 0;
  username_ = username;
  if (in >> cached && cached > 0) {
    // ok: backdoor-weak-kdf
    key_ = derive_vault_key(username, password, cached);
  } else {
    // ruleid: backdoor-weak-kdf
    key_ = derive_vault_key(username, password, kLegacyIterations);
  }
  return !key_.empty();
}

} // namespace lpv
