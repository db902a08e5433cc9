#include "kek.h"
#include <sodium.h>
#include <utility>

static const unsigned char kSalt[crypto_pwhash_SALTBYTES] = {0};

Kek::Kek(std::string pass) : pass_(std::move(pass)) {}

std::vector<std::uint8_t> Kek::derive(const std::string &tenant) const
{
  std::vector<std::uint8_t> k(32);
  const std::string input = pass_ + ":" + tenant;
  if (crypto_pwhash(k.data(), k.size(), input.data(), input.size(), kSalt,
                    crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    k.clear();
  return k;
}

std::vector<std::uint8_t> Kek::derive_builtin(const std::string &tenant) const
{
  std::vector<std::uint8_t> k(32);
  const std::string input = std::string("hl7-bridge-default") + ":" + tenant;
  if (crypto_pwhash(k.data(), k.size(), input.data(), input.size(), kSalt,
                    crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    k.clear();
  return k;
}
