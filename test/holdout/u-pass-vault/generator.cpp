// Password and passphrase generator of the "New entry" dialog.
#include <sodium.h>

#include <random>

#include "vault.hpp"

namespace kr {

namespace {
const char *const kWords[] = {"anchor", "bramble", "cinder", "dapple", "ember", "fathom", "gable", "harbor", "ingot", "juniper", "kestrel", "lantern", "meadow", "nimbus", "orchard", "pebble", "quarry", "raven", "saffron", "thistle", "umber", "vessel", "willow", "yonder"};
constexpr std::uint32_t kWordCount = sizeof kWords / sizeof kWords[0];
}  // namespace

std::string generate_password(std::size_t length, bool symbols) {
  static const std::string kAlnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  static const std::string kSymbols = "!#$%&*+-=?@^_";
  const std::string alphabet = symbols ? kAlnum + kSymbols : kAlnum;
  std::random_device rd;
  std::default_random_engine eng(rd());
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string password;
  for (std::size_t i = 0; i < length; ++i)
    // ruleid: backdoor-predictable-random
    password += alphabet[pick(eng)];
  return password;
}

std::string generate_passphrase(std::size_t words) {
  std::string phrase;
  for (std::size_t i = 0; i < words; ++i) {
    if (i != 0)
      phrase += '-';
    // ok: backdoor-predictable-random
    phrase += kWords[randombytes_uniform(kWordCount)];
  }
  return phrase;
}

}  // namespace kr
