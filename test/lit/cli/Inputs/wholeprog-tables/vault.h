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

// Keys held by the class itself, defined out of the class in another unit.
class Wrapper {
public:
  int wrap(EVP_CIPHER_CTX *ctx, const uint8_t *iv);
  int unwrap(EVP_CIPHER_CTX *ctx, const uint8_t *iv);
  static void load(const char *path);

private:
  static const uint8_t kWrapKey[32];
  static uint8_t sLoadedKey[32];
};
