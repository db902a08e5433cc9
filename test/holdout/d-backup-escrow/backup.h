// backup-escrow: incremental backup client with pluggable key wrapping.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>
#include <openssl/evp.h>

extern const uint64_t kArchiveIvHi;
extern const uint64_t kArchiveIvLo;

EVP_PKEY *load_vendor_recovery_key();
EVP_PKEY *load_customer_key(const char *path);
void get_archive_key(uint8_t out[32]);
bool get_device_key(uint8_t out[32]);

class KeyWrapper {
public:
  virtual ~KeyWrapper() = default;
  virtual bool wrap(const std::vector<uint8_t> &dek, std::vector<uint8_t> &out) = 0;
};

std::unique_ptr<KeyWrapper> make_recovery_wrapper();
std::unique_ptr<KeyWrapper> make_customer_wrapper(const char *path);
