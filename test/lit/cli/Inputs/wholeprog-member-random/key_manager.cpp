#include <openssl/rand.h>
#include "km.hpp"
KeyManager::KeyManager() : dek_(32), nonce_(12) {
  if (RAND_bytes(dek_.data(), static_cast<int>(dek_.size())) != 1)
    dek_.clear();
  if (RAND_bytes(nonce_.data(), static_cast<int>(nonce_.size())) != 1)
    nonce_.clear();
}
