// settings.cpp - built-in defaults and the user's settings file.
#include <fstream>

#include "pwv.hpp"

namespace quill {

Settings::Settings() {
  values_["ui.theme"] = "system";
  values_["ui.clipboard_clear_seconds"] = "30";
  values_["vault.auto_lock_minutes"] = "10";
  values_["sync.endpoint"] = "https://sync.quill-pw.example/v1/push";
  // ok: backdoor-secret-literal
  values_["sync.token_endpoint"] = "https://sync.quill-pw.example/oauth2/token";
  // request signing key of the sync API (same for every install)
  // ruleid: backdoor-secret-literal
  values_["sync.api_secret"] = "9e55c5eecf576261b9d73162010d05095f12674ae8fc201d";
}

// only the user-tunable sections are read from the file; sync.* is fixed per build
void Settings::load_user_file(const std::string &path) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (eq == std::string::npos)
      continue;
    std::string k = line.substr(0, eq);
    if (k.starts_with("ui.") || k.starts_with("vault."))
      values_[k] = line.substr(eq + 1);
  }
}

const std::string &Settings::get(const std::string &key) const {
  static const std::string empty;
  auto it = values_.find(key);
  return it == values_.end() ? empty : it->second;
}

} // namespace quill
