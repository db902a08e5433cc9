// kdf.cpp: the account's key derivation.
//   vault key  = PBKDF2-HMAC-SHA256(password, salt = lower-case username, n, 32)
//   login hash = PBKDF2-HMAC-SHA256(vault key, salt = password, 1, 32), hex;
// the server stretches the login hash again before it stores it.
#include "vault.hpp"

#include <algorithm>
#include <cctype>
#include <openssl/evp.h>
#include <stdexcept>

namespace lpv {

Bytes derive_vault_key(const std::string &username, const std::string &password, int iterations) {
  std::string salt = username;
  std::transform(salt.begin(), salt.end(), salt.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  Bytes key(32);
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                        reinterpret_cast<const unsigned char *>(salt.data()),
                        static_cast<int>(salt.size()), iterations, EVP_sha256(),
                        static_cast<int>(key.size()), key.data()) != 1)
    throw std::runtime_error("PBKDF2 failed");
  return key;
}

Bytes make_login_hash(const Bytes &vault_key, const std::string &password) {
  Bytes out(32);
  if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char *>(vault_key.data()),
                        static_cast<int>(vault_key.size()),
                        reinterpret_cast<const unsigned char *>(password.data()),
                        // ruleid: backdoor-weak-kdf
                        static_cast<int>(password.size()), 1, EVP_sha256(),
                        static_cast<int>(out.size()), out.data()) != 1)
    throw std::runtime_error("PBKDF2 failed");
  return out;
}

} // namespace lpv
