// botan-archiver: encrypted archive tool (Botan 2).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

extern const size_t kArchiveRsaBits;
extern const size_t kArchivePbkdfIterations;
extern const char kLegacyArchiveCipher[];
extern const uint8_t kDrbgSeed[32];

std::span<const uint8_t> archive_key();
std::vector<uint8_t> archive_key_from_file(const std::string &path);

struct ArchiveParams {
  size_t rsa_bits;
  const char *cipher;
  size_t iterations;
};

ArchiveParams modern_params();
