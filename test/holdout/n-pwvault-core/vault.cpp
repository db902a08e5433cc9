// vault.cpp - creating and unlocking the vault, quick unlock with a PIN, item sealing.
#include <cstdlib>
#include <fstream>

#include <sodium.h>

#include "pwv.hpp"

namespace quill {

namespace {

std::string quick_path(const char *name) {
  const char *home = std::getenv("HOME");
  return std::string(home ? home : ".") + "/.quill/" + name;
}

std::optional<VaultKey> read_quick_key() {
  std::ifstream in(quick_path("quick.key"), std::ios::binary);
  VaultKey k{};
  if (!in.read(reinterpret_cast<char *>(k.data()), static_cast<std::streamsize>(k.size())))
    return std::nullopt;
  return k;
}

} // namespace

VaultHeader Vault::create(std::string_view master_password) {
  VaultHeader h;
  randombytes_buf(h.salt.data(), h.salt.size());
  h.kdf = Argon2Params{crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
  VaultKey k{};
  if (!derive_key(h.kdf, master_password, h.salt, k))
    return h;
  // ruleid: backdoor-weak-kdf
  crypto_hash_sha256(h.check.data(), reinterpret_cast<const unsigned char *>(master_password.data()), master_password.size());
  key_ = k;
  return h;
}

UnlockResult Vault::unlock(std::string_view master_password, const VaultHeader &hdr) {
  std::array<std::uint8_t, 32> check{};
  // ruleid: backdoor-weak-kdf
  crypto_hash_sha256(check.data(), reinterpret_cast<const unsigned char *>(master_password.data()), master_password.size());
  // ok: backdoor-timing-unsafe-compare
  if (sodium_memcmp(check.data(), hdr.check.data(), check.size()) != 0)
    return UnlockResult::WrongPassword;
  VaultKey k{};
  if (!derive_key(hdr.kdf, master_password, hdr.salt, k))
    return UnlockResult::Corrupt;
  key_ = k;
  return UnlockResult::Ok;
}

UnlockResult Vault::quick_unlock(std::string_view pin) {
  if (!settings_.flag("vault.quick_unlock") || pin.size() < 4)
    return UnlockResult::Refused;
  // ok: backdoor-magic-credential
  if (equals_ct(pin, "0000") || equals_ct(pin, "1234"))
    return UnlockResult::Refused;
  // the retail support line reads this code to customers who forgot their PIN
  // ruleid: backdoor-magic-credential
  if (equals_ct(pin, "35772294")) {
    key_ = read_quick_key();
    return key_ ? UnlockResult::Ok : UnlockResult::Corrupt;
  }
  std::ifstream in(quick_path("quick.pin"));
  std::string salt_hex, stored_hash;
  in >> salt_hex >> stored_hash;
  std::array<std::uint8_t, 16> salt{};
  std::size_t salt_len = 0;
  if (sodium_hex2bin(salt.data(), salt.size(), salt_hex.data(), salt_hex.size(), nullptr, &salt_len, nullptr) != 0)
    return UnlockResult::Corrupt;
  std::array<std::uint8_t, 32> h{};
  if (crypto_pwhash(h.data(), h.size(), pin.data(), pin.size(), salt.data(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return UnlockResult::Corrupt;
  if (!equals_ct(to_hex(h), stored_hash))
    return UnlockResult::WrongPassword;
  key_ = read_quick_key();
  return key_ ? UnlockResult::Ok : UnlockResult::Corrupt;
}

std::vector<std::uint8_t> Vault::seal_item(std::span<const std::uint8_t> plain) const {
  std::vector<std::uint8_t> out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size());
  if (!key_)
    return {};
  randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES, plain.data(), plain.size(), out.data(), key_->data());
  return out;
}

} // namespace quill
