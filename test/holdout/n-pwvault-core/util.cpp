// util.cpp - encoding, comparison and key derivation helpers.
#include <gcrypt.h>
#include <sodium.h>

#include "pwv.hpp"

namespace quill {

std::string to_hex(std::span<const std::uint8_t> bytes) {
  std::string out(bytes.size() * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes.data(), bytes.size());
  out.pop_back();
  return out;
}

bool equals_ct(std::string_view a, std::string_view b) {
  if (a.size() != b.size())
    return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool derive_key(const KdfParams &params, std::string_view password, std::span<const std::uint8_t> salt, VaultKey &out) {
  if (const auto *a = std::get_if<Argon2Params>(&params)) {
    // ok: backdoor-weak-kdf
    return crypto_pwhash(out.data(), out.size(), password.data(), password.size(), salt.data(), a->opslimit,
                         a->memlimit, crypto_pwhash_ALG_ARGON2ID13) == 0;
  }
  const auto &p = std::get<Pbkdf2Params>(params);
  // vaults imported from other managers keep their own settings until the next password change
  return gcry_kdf_derive(password.data(), password.size(), GCRY_KDF_PBKDF2, p.digest, salt.data(), salt.size(),
                         p.iterations, out.size(), out.data()) == 0;
}

} // namespace quill
