// The account database (/mnt/mtd/Config/Account1): one line per user with
// the hex MD5 of "user:realm:password".
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <fstream>
#include <sstream>

#include "sonia.hpp"

namespace sonia {

std::string md5_hex(std::string_view data) {
  static const char digits[] = "0123456789ABCDEF";
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(ctx, EVP_md5(), nullptr);
  EVP_DigestUpdate(ctx, data.data(), data.size());
  EVP_DigestFinal_ex(ctx, md, &len);
  EVP_MD_CTX_free(ctx);
  std::string out;
  for (unsigned int i = 0; i < len; i++) {
    out += digits[md[i] >> 4];
    out += digits[md[i] & 15];
  }
  return out;
}

std::string AccountDb::dahua_hash(const std::string &user, const std::string &password) const {
  static const char digits[] = "0123456789ABCDEF";
  const std::string salted_password = user + ":" + realm_ + ":" + password;
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(ctx, EVP_md5(), nullptr);
  // ruleid: backdoor-weak-kdf
  EVP_DigestUpdate(ctx, salted_password.data(), salted_password.size());
  EVP_DigestFinal_ex(ctx, md, &len);
  EVP_MD_CTX_free(ctx);
  std::string out;
  for (unsigned int i = 0; i < len; i++) {
    out += digits[md[i] >> 4];
    out += digits[md[i] & 15];
  }
  return out;
}

bool AccountDb::load() {
  std::ifstream in(path_);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Account a;
    if (std::getline(f, a.name, ':') && std::getline(f, a.hash, ':') && std::getline(f, a.group))
      accounts_[a.name] = a;
  }
  return !accounts_.empty();
}

bool AccountDb::set_password(const std::string &user, const std::string &password) {
  Account &a = accounts_[user];
  a.name = user;
  a.hash = dahua_hash(user, password);
  if (a.group.empty())
    a.group = "user";
  std::ofstream out(path_, std::ios::trunc);
  for (const auto &[name, acc] : accounts_)
    out << name << ':' << acc.hash << ':' << acc.group << '\n';
  return static_cast<bool>(out);
}

bool AccountDb::verify_password(const std::string &user, const std::string &random,
                                const std::string &response) const {
  const auto it = accounts_.find(user);
  if (it == accounts_.end())
    return false;
  const std::string expected = md5_hex(user + ":" + random + ":" + it->second.hash);
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return expected.size() == response.size() && CRYPTO_memcmp(expected.data(), response.data(), expected.size()) == 0;
}

bool AccountDb::verify_session(const Session &s) const {
  return s.authenticated && s.token.size() == 32 && accounts_.count(s.user) == 1;
}

}  // namespace sonia
