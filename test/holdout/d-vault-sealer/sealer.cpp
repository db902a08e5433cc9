#include "vault.h"
#include <fcntl.h>
#include <unistd.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

Sealer::Sealer() : key_(kVaultMasterKey) {}

KmsSealer::KmsSealer(const VaultConfig &cfg) : cfg_(cfg) {
  kms_fetch_key(cfg_.kms.endpoint, key_.data(), key_.size());
}

bool kms_fetch_key(const char *endpoint, uint8_t *out, size_t n) {
  int fd = open("/run/vault/kms.key", O_RDONLY);
  if (fd < 0)
    return false;
  ssize_t got = read(fd, out, n);
  close(fd);
  (void)endpoint;
  return got == (ssize_t)n;
}
