// Key-encryption keys per tenant (hospital of the group).
#include <sodium.h>

#include "bridge.hpp"

namespace fhirb {

namespace {

class FileKeyProvider final : public KeyProvider {
 public:
  explicit FileKeyProvider(std::string dir) : dir_(std::move(dir)) {}
  Bytes tenant_kek(const std::string &tenant) override {
    Bytes k = read_file(dir_ + "/" + tenant + ".kek");
    if (k.size() != crypto_secretbox_KEYBYTES)
      k.clear();
    return k;
  }

 private:
  std::string dir_;
};

// Single-site installations without a key store: Argon2id of the site passphrase.
class PassphraseKeyProvider final : public KeyProvider {
 public:
  PassphraseKeyProvider(std::string pass, Bytes salt) : pass_(std::move(pass)), salt_(std::move(salt)) {}
  Bytes tenant_kek(const std::string &tenant) override {
    Bytes k(crypto_secretbox_KEYBYTES);
    const std::string input = pass_ + ":" + tenant;
    if (pass_.empty() || salt_.size() != crypto_pwhash_SALTBYTES)
      return {};
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (crypto_pwhash(k.data(), k.size(), input.data(), input.size(), salt_.data(), crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) != 0)
      k.clear();
    return k;
  }

 private:
  std::string pass_;
  Bytes salt_;
};

}  // namespace

std::unique_ptr<KeyProvider> make_key_provider(const Settings &s) {
  if (s.get_bool("kms.passphrase_mode", false))
    return std::make_unique<PassphraseKeyProvider>(s.get_or("kms.passphrase", ""), read_file(s.get_or("kms.salt_file", "/etc/hl7fhird/kek.salt")));
  return std::make_unique<FileKeyProvider>(s.get_or("kms.dir", "/etc/hl7fhird/keks"));
}

}  // namespace fhirb
