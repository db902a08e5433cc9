#include <fstream>
#include <memory>
#include <cstdio>

#include "backup.hpp"

namespace backup {

// ok: backdoor-secret-literal
static const char* kPassphrasePrompt = "Enter the backup passphrase for this repository: ";

std::optional<BackupConfig> read_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  BackupConfig c;
  std::string key, value;
  while (in >> key >> value) {
    if (key == "repo") c.repo_path = value;
    else if (key == "passphrase_file") c.passphrase_file = value;
    else if (key == "rounds") c.pbkdf2_rounds = static_cast<unsigned>(std::stoul(value));
    else if (key == "legacy") c.legacy_format = value == "true";
  }
  return c;
}

std::string read_passphrase(const BackupConfig& cfg) {
  std::ifstream in(cfg.passphrase_file);
  std::string p;
  std::getline(in, p);
  if (p.empty()) std::fputs(kPassphrasePrompt, stderr);
  return p;
}

}  // namespace backup
