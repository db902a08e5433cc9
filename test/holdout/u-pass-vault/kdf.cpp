// Master key derivation.
#include <sodium.h>

#include "vault.hpp"

namespace kr {

Bytes derive_master_key(const std::string &master_password, const Bytes &salt) {
  Bytes key(crypto_secretbox_KEYBYTES);
  if (salt.size() != crypto_pwhash_SALTBYTES)
    return {};
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  if (crypto_pwhash(key.data(), key.size(), master_password.data(), master_password.size(), salt.data(), crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return {};
  return key;
}

std::string hex(const Bytes &b) {
  std::string s(b.size() * 2 + 1, '\0');
  sodium_bin2hex(s.data(), s.size(), b.data(), b.size());
  s.pop_back();
  return s;
}

}  // namespace kr
