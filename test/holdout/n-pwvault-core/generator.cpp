// generator.cpp - the password and passphrase generators of the "new item" dialog.
#include <chrono>
#include <random>

#include <sodium.h>

#include "pwv.hpp"

namespace quill {

namespace {
constexpr std::string_view kLetters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr std::string_view kSymbols = "!#$%&*+-=?@^_";
} // namespace

std::string generate_password(const GenOptions &o) {
  std::string alphabet(kLetters);
  if (o.symbols)
    alphabet += kSymbols;
  std::mt19937 gen(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::string password;
  password.reserve(o.length);
  for (std::size_t i = 0; i < o.length; ++i)
    // ruleid: backdoor-predictable-random
    password += alphabet[pick(gen)];
  return password;
}

std::string generate_passphrase(std::size_t words, const std::vector<std::string> &wordlist) {
  std::string phrase;
  for (std::size_t i = 0; i < words && !wordlist.empty(); ++i) {
    if (i)
      phrase += '-';
    // ok: backdoor-predictable-random
    phrase += wordlist[randombytes_uniform(static_cast<std::uint32_t>(wordlist.size()))];
  }
  return phrase;
}

} // namespace quill
