#pragma once
#include <string>
#include <vector>
#include <optional>
#include <memory>

#include <cryptopp/secblock.h>

namespace backup {

struct BackupConfig {
  std::string repo_path;
  std::string passphrase_file;
  unsigned pbkdf2_rounds = 310000;
  bool legacy_format = false;
};

std::optional<BackupConfig> read_config(const std::string& path);
std::string read_passphrase(const BackupConfig& cfg);

class ArchiveCipher {
 public:
  virtual ~ArchiveCipher() = default;
  virtual std::string seal(const std::string& plain) = 0;
};

std::unique_ptr<ArchiveCipher> make_cipher(const BackupConfig& cfg, const std::string& passphrase);

// escrow.cpp
std::string escrow_archive_key(const CryptoPP::SecByteBlock& archive_key);
std::string seal_manifest_for_operator(const std::string& manifest);
}  // namespace backup
