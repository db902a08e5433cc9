// vault-sealer: seals secrets for the local vault daemon.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

extern const std::array<uint8_t, 32> kVaultMasterKey;

struct VaultConfig {
  const char *cipher_name;
  int pbkdf_iter;
  size_t salt_len;
  const char *vault_api_key;
  struct {
    const char *endpoint;
    int timeout_ms;
  } kms;
};

void load_defaults(VaultConfig *c);
bool kms_fetch_key(const char *endpoint, uint8_t *out, size_t n);

// The builtin sealer: used when no KMS is configured.
class Sealer {
public:
  Sealer();
  bool seal(const std::string &plain, std::vector<uint8_t> &out);

private:
  std::array<uint8_t, 32> key_;
  std::array<uint8_t, 12> iv_{{0x5c, 0x11, 0xa7, 0x3e, 0x90, 0x0d, 0xf2, 0x64, 0x2b, 0xc8, 0x71, 0x4e}};
};

// The production sealer: key from the KMS, fresh nonce per message.
class KmsSealer {
public:
  explicit KmsSealer(const VaultConfig &cfg);
  bool seal(const std::string &plain, std::vector<uint8_t> &out);

private:
  std::array<uint8_t, 32> key_{};
  const VaultConfig &cfg_;
};

bool derive_wrap_key(const VaultConfig &cfg, const std::string &pw, const uint8_t *salt, uint8_t out[32]);
bool derive_wrap_key_strong(const std::string &pw, const uint8_t *salt, uint8_t out[32]);
bool seal_legacy(const VaultConfig &cfg, const uint8_t *key, const uint8_t *iv, const std::string &in, std::vector<uint8_t> &out);
