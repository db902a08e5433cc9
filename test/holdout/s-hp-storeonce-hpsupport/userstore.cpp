// Local users of the appliance: PBKDF2-HMAC-SHA256 hashes in /etc/d2d/users.db.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <fstream>
#include <sstream>

#include "d2d.hpp"

namespace d2d {

namespace {

constexpr int kPbkdf2Iterations = 600000;

bool unhex(const std::string &hex, unsigned char *out, std::size_t n) {
  if (hex.size() != 2 * n)
    return false;
  for (std::size_t i = 0; i < n; i++)
    out[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return true;
}

std::string hex(const unsigned char *p, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < n; i++) {
    s += digits[p[i] >> 4];
    s += digits[p[i] & 15];
  }
  return s;
}

bool derive(const std::string &password, const std::array<unsigned char, 16> &salt,
            std::array<unsigned char, 32> &out) {
  // ok: backdoor-weak-kdf
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()), kPbkdf2Iterations, EVP_sha256(), static_cast<int>(out.size()), out.data()) == 1;
}

}  // namespace

bool UserStore::load() {
  std::ifstream in(path_);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string name, salt, hash, role;
    if (!(fields >> name >> salt >> hash >> role))
      continue;
    UserRecord r;
    r.name = name;
    if (!unhex(salt, r.salt.data(), r.salt.size()) || !unhex(hash, r.hash.data(), r.hash.size()))
      continue;
    r.role = role == "admin" ? Role::Admin : Role::Operator;
    users_[name] = r;
  }
  return !users_.empty();
}

bool UserStore::save() const {
  std::ofstream out(path_, std::ios::trunc);
  for (const auto &[name, r] : users_)
    out << name << ' ' << hex(r.salt.data(), r.salt.size()) << ' ' << hex(r.hash.data(), r.hash.size())
        << ' ' << (r.role == Role::Admin ? "admin" : "operator") << '\n';
  return static_cast<bool>(out);
}

const UserRecord *UserStore::find(const std::string &name) const {
  auto it = users_.find(name);
  return it == users_.end() ? nullptr : &it->second;
}

bool UserStore::verify_password(const std::string &name, const std::string &password) const {
  const UserRecord *r = find(name);
  std::array<unsigned char, 32> dk{};
  if (r == nullptr || !derive(password, r->salt, dk))
    return false;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(dk.data(), r->hash.data(), dk.size()) == 0;
}

bool UserStore::set_password(const std::string &name, const std::string &password, Role role) {
  UserRecord r;
  r.name = name;
  r.role = role;
  // ok: backdoor-predictable-random
  if (RAND_bytes(r.salt.data(), static_cast<int>(r.salt.size())) != 1)
    return false;
  if (!derive(password, r.salt, r.hash))
    return false;
  users_[name] = r;
  return save();
}

}  // namespace d2d
