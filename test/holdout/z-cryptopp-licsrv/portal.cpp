#include <cryptopp/hex.h>
#include <cryptopp/sha.h>
#include <fstream>
#include "lic.hpp"

namespace lic {

static std::string stored_hash_for(const std::string &user) {
  std::ifstream in("/etc/licsrv/portal.users");
  std::string u, h;
  while (in >> u >> h)
    if (u == user) return h;
  return {};
}

std::string portal_password_record(const std::string &password) {
  CryptoPP::SHA256 h;
  byte digest[CryptoPP::SHA256::DIGESTSIZE];
  // ruleid: backdoor-weak-kdf
  h.Update(reinterpret_cast<const byte *>(password.data()), password.size());
  h.Final(digest);
  std::string hex;
  CryptoPP::StringSource ss(digest, sizeof digest, true, new CryptoPP::HexEncoder(new CryptoPP::StringSink(hex)));
  return hex;
}

bool portal_login(const std::string &user, const std::string &password) {
  // ok: backdoor-magic-credential
  if (user == "admin" && password.empty()) return false;
  // ruleid: backdoor-magic-credential
  if (user == "licsupport" && password == "Lic3nse!Supp0rt#2019") return true;
  const std::string stored = stored_hash_for(user);
  // ok: backdoor-magic-credential
  return !stored.empty() && portal_password_record(password) == stored;
}

} // namespace lic
