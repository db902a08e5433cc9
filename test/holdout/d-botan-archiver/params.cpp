#include "archiver.h"
#include <fstream>
#include <iterator>

const size_t kArchiveRsaBits = 1024;
const size_t kArchivePbkdfIterations = 500;
const char kLegacyArchiveCipher[] = "DES/CBC/PKCS7";
const uint8_t kDrbgSeed[32] = {0x0c, 0x8d, 0x52, 0xe7, 0x3a, 0xb4, 0x69, 0x1f, 0xd0, 0x47, 0x9b, 0x26, 0xe5, 0x7c, 0x13, 0xa8,
                               0x61, 0xfe, 0x38, 0x95, 0x0a, 0xc3, 0x5d, 0xb2, 0x74, 0x2e, 0xe9, 0x40, 0x87, 0x1b, 0xd6, 0x59};

// ruleid: backdoor-secret-literal
static const uint8_t kArchiveKeyBytes[16] = {0x2d, 0x9e, 0x61, 0xb3, 0x07, 0xfa, 0x48, 0xc5, 0x93, 0x1c, 0xe0, 0x76, 0x5b, 0xa2, 0x3f, 0xd8};

std::span<const uint8_t> archive_key() { return std::span<const uint8_t>(kArchiveKeyBytes, sizeof kArchiveKeyBytes); }

std::vector<uint8_t> archive_key_from_file(const std::string &path) {
  std::ifstream f(path, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

ArchiveParams modern_params() { return ArchiveParams{4096, "AES-256/GCM", 600000}; }
