// The vault file: header (salt, verifier, MAC) and sealed entries.
#include <sodium.h>

#include <cstring>
#include <fstream>
#include <iterator>

#include "vault.hpp"

namespace kr {

namespace {
constexpr char kVerifierText[] = "keyring-vault-v3";
constexpr std::uint64_t kHeaderSubkey = 1;
}  // namespace

Bytes Vault::header_bytes() const {
  Bytes h(salt_);
  h.insert(h.end(), verifier_nonce_.begin(), verifier_nonce_.end());
  h.insert(h.end(), verifier_.begin(), verifier_.end());
  return h;
}

bool Vault::check_header_mac() const {
  unsigned char subkey[crypto_auth_KEYBYTES], expected_mac[crypto_auth_BYTES];
  const Bytes h = header_bytes();
  if (header_mac_.size() != crypto_auth_BYTES || crypto_kdf_derive_from_key(subkey, sizeof subkey, kHeaderSubkey, "vaulthdr", master_key_.data()) != 0)
    return false;
  // ok: backdoor-hardcoded-key
  crypto_auth(expected_mac, h.data(), h.size(), subkey);
  // ruleid: backdoor-timing-unsafe-compare
  return std::memcmp(header_mac_.data(), expected_mac, crypto_auth_BYTES) == 0;
}

bool Vault::create(const std::string &master_password) {
  salt_.resize(crypto_pwhash_SALTBYTES);
  randombytes_buf(salt_.data(), salt_.size());
  master_key_ = derive_master_key(master_password, salt_);
  if (master_key_.empty())
    return false;
  verifier_nonce_.resize(crypto_secretbox_NONCEBYTES);
  randombytes_buf(verifier_nonce_.data(), verifier_nonce_.size());
  verifier_.resize(sizeof kVerifierText - 1 + crypto_secretbox_MACBYTES);
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  crypto_secretbox_easy(verifier_.data(), reinterpret_cast<const unsigned char *>(kVerifierText), sizeof kVerifierText - 1, verifier_nonce_.data(), master_key_.data());
  unsigned char subkey[crypto_auth_KEYBYTES];
  header_mac_.resize(crypto_auth_BYTES);
  crypto_kdf_derive_from_key(subkey, sizeof subkey, kHeaderSubkey, "vaulthdr", master_key_.data());
  const Bytes h = header_bytes();
  crypto_auth(header_mac_.data(), h.data(), h.size(), subkey);
  unlocked_ = true;
  return true;
}

bool Vault::unlock(const std::string &master_password) {
#ifdef KEYRING_TEST_AUTOUNLOCK
  // ok: backdoor-build-switch
  return unlocked_ = true;
#endif
  Bytes key = derive_master_key(master_password, salt_);
  unsigned char plain[sizeof kVerifierText];
  if (key.empty() || verifier_.size() != sizeof kVerifierText - 1 + crypto_secretbox_MACBYTES)
    return false;
  if (crypto_secretbox_open_easy(plain, verifier_.data(), verifier_.size(), verifier_nonce_.data(), key.data()) != 0)
    return false;
  master_key_ = key;
  if (!check_header_mac()) {
    sodium_memzero(master_key_.data(), master_key_.size());
    master_key_.clear();
    return false;
  }
  unlocked_ = true;
  return true;
}

void Vault::lock() {
  sodium_memzero(master_key_.data(), master_key_.size());
  master_key_.clear();
  unlocked_ = false;
}

bool Vault::load(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  Bytes all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::size_t vlen = sizeof kVerifierText - 1 + crypto_secretbox_MACBYTES;
  const std::size_t need = crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES + vlen + crypto_auth_BYTES;
  if (all.size() < need)
    return false;
  auto p = all.begin();
  salt_.assign(p, p + crypto_pwhash_SALTBYTES);
  p += crypto_pwhash_SALTBYTES;
  verifier_nonce_.assign(p, p + crypto_secretbox_NONCEBYTES);
  p += crypto_secretbox_NONCEBYTES;
  verifier_.assign(p, p + static_cast<std::ptrdiff_t>(vlen));
  p += static_cast<std::ptrdiff_t>(vlen);
  header_mac_.assign(p, p + crypto_auth_BYTES);
  path_ = path;
  return true;
}

bool Vault::save(const std::string &path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  const Bytes h = header_bytes();
  out.write(reinterpret_cast<const char *>(h.data()), static_cast<std::streamsize>(h.size()));
  // ok: backdoor-key-exfiltration
  out.write(reinterpret_cast<const char *>(header_mac_.data()), static_cast<std::streamsize>(header_mac_.size()));
  return static_cast<bool>(out);
}

}  // namespace kr
