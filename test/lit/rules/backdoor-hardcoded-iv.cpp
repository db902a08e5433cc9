// RUN: %run-both --checks=backdoor-hardcoded-iv,backdoor-known-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// C++ salts decoded from hex: read from a file with `>>` (run-time data), or
// spelled in the source (a constant salt).
#include <mock/std.h>
#include <sodium.h>

int unlock_stored(const std::string &pin, const char *path, unsigned char *h) {
  std::ifstream in(path);
  std::string salt_hex, stored_hash;
  in >> salt_hex >> stored_hash;
  unsigned char salt[16] = {0};
  size_t salt_len = 0;
  if (sodium_hex2bin(salt, sizeof salt, salt_hex.data(), 32, nullptr, &salt_len, nullptr) != 0)
    return -1;
  // ok: backdoor-hardcoded-iv (the salt stored beside the hash)
  return crypto_pwhash(h, 32, pin.c_str(), 4, salt, 2, 67108864, 2);
}

int unlock_fixed(const std::string &pin, unsigned char *h) {
  const std::string salt_hex = "5be1f0e7c2a94d3388a1b0c4d7e6f512";
  unsigned char salt[16] = {0};
  size_t salt_len = 0;
  if (sodium_hex2bin(salt, sizeof salt, salt_hex.data(), 32, nullptr, &salt_len, nullptr) != 0)
    return -1;
  // ruleid: backdoor-hardcoded-iv
  return crypto_pwhash(h, 32, pin.c_str(), 4, salt, 2, 67108864, 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: constant salt 'salt_hex' reaches the salt of 'crypto_pwhash'; one precomputation then attacks every password [backdoor-hardcoded-iv]
}
