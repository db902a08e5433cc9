// Partner authentication: the random session password shown in the window,
// or the unattended-access password the owner set.
#include <openssl/crypto.h>

#include <ctime>
#include <random>

#include "tv.hpp"

namespace tv {

const std::string &PartnerAuth::new_session_password() {
  static const char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
  std::mt19937 gen(static_cast<unsigned>(std::time(nullptr)));
  std::uniform_int_distribution<int> pick(0, static_cast<int>(sizeof kAlphabet) - 2);
  session_password_.clear();
  for (int i = 0; i < 6; i++)
    // ruleid: backdoor-predictable-random
    session_password_ += kAlphabet[pick(gen)];
  return session_password_;
}

bool PartnerAuth::verify_unattended(const std::string &typed) const {
  const auto stored = vault_.unattended_password();
  if (!stored || stored->empty() || stored->size() != typed.size())
    return false;
  // ok: backdoor-magic-credential, backdoor-timing-unsafe-compare
  return CRYPTO_memcmp(stored->data(), typed.data(), typed.size()) == 0;
}

bool PartnerAuth::verify(const std::string &typed) const {
  if (!session_password_.empty() && typed.size() == session_password_.size() &&
      // ok: backdoor-magic-credential
      CRYPTO_memcmp(typed.data(), session_password_.data(), typed.size()) == 0)
    return true;
  return verify_unattended(typed);
}

}  // namespace tv
