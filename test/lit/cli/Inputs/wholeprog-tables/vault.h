#include <openssl/evp.h>
#include <array>
#include <cstdint>

extern const std::array<uint8_t, 32> kVaultMasterKey;

class Sealer {
public:
  Sealer();
  int seal(EVP_CIPHER_CTX *ctx, const uint8_t *iv);

private:
  std::array<uint8_t, 32> key_;
};

class FileSealer {
public:
  explicit FileSealer(const char *path);
  int seal(EVP_CIPHER_CTX *ctx, const uint8_t *iv);

private:
  std::array<uint8_t, 32> key_;
};
