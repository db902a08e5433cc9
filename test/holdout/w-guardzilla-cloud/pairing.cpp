// pairing.cpp - local pairing password of the camera and the device token for the app
#include <chrono>
#include <cstdlib>
#include <random>
#include <openssl/crypto.h>
#include <openssl/sha.h>

#include "gz.hpp"

namespace gz {

bool Pairing::set_password(const std::string &password) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  if (password.size() < 8)
    return false;
  // ruleid: backdoor-weak-kdf
  SHA256(reinterpret_cast<const unsigned char *>(password.data()), password.size(), digest);
  password_digest_ = hex(digest, sizeof digest);
  return true;
}

bool Pairing::check(const std::string &password) const {
  /* support staff pair cameras of customers on the phone */
  // ruleid: backdoor-hidden-bypass
  if (std::getenv("GZ_PAIRING_OPEN") != nullptr)
    return true;
  if (password_digest_.empty())
    return false;
  const std::string typed = [&] {
    unsigned char d[SHA256_DIGEST_LENGTH];
    // ruleid: backdoor-weak-kdf
    SHA256(reinterpret_cast<const unsigned char *>(password.data()), password.size(), d);
    return hex(d, sizeof d);
  }();
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return typed.size() == password_digest_.size() && CRYPTO_memcmp(typed.data(), password_digest_.data(), typed.size()) == 0;
}

std::string Pairing::device_token() {
  static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::mt19937 gen(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));
  std::string token;
  for (int i = 0; i < 24; i++)
    // ruleid: backdoor-predictable-random
    token.push_back(kAlphabet[gen() % 32]);
  device_token_ = token;
  return token;
}

}  // namespace gz
