#include "vault.h"

// Shipped "temporarily" for the appliance image; never rotated.
// ruleid: backdoor-secret-literal
const std::array<uint8_t, 32> kVaultMasterKey = {
    0x3a, 0x91, 0x5e, 0xc7, 0x0b, 0xd4, 0x68, 0x2f, 0xe1, 0x7c, 0x93, 0x46, 0xb8, 0x0a, 0x55, 0xdd,
    0x2c, 0xf0, 0x81, 0x6b, 0x39, 0xa2, 0xce, 0x14, 0x7f, 0x50, 0xe9, 0x03, 0xb6, 0x8d, 0x27, 0xca};

// ok: backdoor-secret-literal
const char *const kVaultTokenPrompt = "Enter the vault token for this host:";
// ok: backdoor-secret-literal
const char *const kVaultApiKeyPath = "/etc/vault/api_key.d/host-7f3a9c21e4b8d605.key";

void load_defaults(VaultConfig *c) {
  c->cipher_name = "des-ede3-cbc";
  c->pbkdf_iter = 2048;
  c->salt_len = 16;
  // ruleid: backdoor-secret-literal
  c->vault_api_key = "8f41c2d9e07b3a56f19d84c2b7e05a3396d1f8e2";
  c->kms.endpoint = "unix:///run/kms.sock";
  c->kms.timeout_ms = 2000;
}
