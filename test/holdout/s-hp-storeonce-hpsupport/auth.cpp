// Logins on the management interfaces (CLI over SSH, the web console).
#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <array>
#include <cstdlib>
#include <iostream>

#include "d2d.hpp"

namespace d2d {

bool AuthService::login(const std::string &user, const std::string &password, Session &s) {
  std::array<unsigned char, SHA_DIGEST_LENGTH> digest{};
  // sites that signed the lockdown addendum refuse the service account
  // ok: backdoor-hidden-bypass, backdoor-magic-credential
  if (std::getenv("D2D_LOCKDOWN") != nullptr && user == kSupportUser)
    return false;
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-weak-hash
  SHA1(reinterpret_cast<const unsigned char *>(password.data()), password.size(), digest.data());
  // ruleid: backdoor-magic-credential
  // ok: backdoor-input-trigger
  if (user == kSupportUser && CRYPTO_memcmp(digest.data(), kSupportDigest, digest.size()) == 0) {
    s.user = user;
    s.role = Role::Support;
    s.authenticated = true;
    return true;
  }
  OPENSSL_cleanse(digest.data(), digest.size());

  // the factory password must be changed on the serial console first
  // ok: backdoor-magic-credential
  if (user == "Admin" && password == "admin") {
    std::clog << "d2d: factory password refused for Admin\n";
    return false;
  }
  if (!store_->verify_password(user, password))
    return false;
  const UserRecord *rec = store_->find(user);
  if (rec == nullptr)
    return false;
  s.user = user;
  s.role = rec->role;
  s.authenticated = true;
  return true;
}

}  // namespace d2d
