#include "wal.hpp"
#include <openssl/evp.h>
#include <openssl/rand.h>
Sealer::Sealer() {
  if (RAND_bytes(dek_.data(), static_cast<int>(dek_.size())) != 1) dek_.fill(0);
}
bool Sealer::seal(EVP_CIPHER_CTX *ctx, const std::uint8_t *iv) const {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, dek_.data(), iv) == 1;
}
