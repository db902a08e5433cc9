#include <openssl/rand.h>
#include "wrf.hpp"
std::vector<std::uint8_t> seal_message(const Reducer &r) {
  BulkKey key;
  if (RAND_bytes(key.bytes.data(), static_cast<int>(key.bytes.size())) != 1) return {};
  return r.reduce(key);
}
std::vector<std::uint8_t> stamp_message(const Reducer &r) {
  Nonce nonce;
  if (RAND_bytes(nonce.bytes.data(), static_cast<int>(nonce.bytes.size())) != 1) return {};
  return r.stamp(nonce);
}
