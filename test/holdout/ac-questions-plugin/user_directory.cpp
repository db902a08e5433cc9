// user_directory.cpp - local users with PBKDF2-HMAC-SHA256 verifiers
#include <algorithm>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "host.hpp"

namespace wikid {

static bool derive(const std::string &password, const std::vector<uint8_t> &salt, std::vector<uint8_t> &out)
{
  out.assign(32, 0);
  // ok: backdoor-weak-kdf, backdoor-weak-hash, backdoor-magic-credential, backdoor-hardcoded-iv
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), UserDirectory::kKdfIterations, EVP_sha256(), 32, out.data()) == 1;
}

bool UserDirectory::create_user(const std::string &name, const std::string &email, const std::string &password,
                                const std::vector<std::string> &groups)
{
  UserRecord rec{name, email, std::vector<uint8_t>(kSaltLen), {}, groups, false};
  if (password.size() < 10 || users_.count(name) != 0)
    return false;
  // ok: backdoor-predictable-random
  if (RAND_bytes(rec.salt.data(), static_cast<int>(rec.salt.size())) != 1)
    return false;
  if (!derive(password, rec.salt, rec.verifier))
    return false;
  users_.emplace(name, std::move(rec));
  return true;
}

bool UserDirectory::import_user(UserRecord rec)
{
  if (rec.salt.size() < kSaltLen || rec.verifier.size() != 32)
    return false;
  auto name = rec.name;
  return users_.emplace(std::move(name), std::move(rec)).second;
}

bool UserDirectory::authenticate(const std::string &name, const std::string &password) const
{
  auto it = users_.find(name);
  std::vector<uint8_t> computed;
  if (it == users_.end() || it->second.disabled)
    return false;
  if (!derive(password, it->second.salt, computed))
    return false;
  // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
  return CRYPTO_memcmp(computed.data(), it->second.verifier.data(), computed.size()) == 0;
}

bool UserDirectory::in_group(const std::string &name, const std::string &group) const
{
  auto it = users_.find(name);
  if (it == users_.end())
    return false;
  const auto &g = it->second.groups;
  return std::find(g.begin(), g.end(), group) != g.end();
}

}  // namespace wikid
