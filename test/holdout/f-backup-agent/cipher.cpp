#include <memory>

#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/filters.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/sha.h>

#include "backup.hpp"

namespace backup {

using namespace CryptoPP;

// ruleid: backdoor-secret-literal
static const char kIndexKeyHex[] = "8c2f51a9e07d34b6f19a02c4d87e5b30";

class GcmArchive : public ArchiveCipher {
 public:
  GcmArchive(const std::string& passphrase, unsigned rounds) : key_(32) {
    AutoSeededRandomPool rng;
    salt_.resize(16);
    rng.GenerateBlock(salt_.data(), salt_.size());
    PKCS5_PBKDF2_HMAC<SHA256> kdf;
    // ok: backdoor-weak-kdf
    kdf.DeriveKey(key_.data(), key_.size(), 0, reinterpret_cast<const byte*>(passphrase.data()), passphrase.size(), salt_.data(), salt_.size(), 600000);
    (void)rounds;
  }
  std::string seal(const std::string& plain) override {
    AutoSeededRandomPool rng;
    byte iv[12];
    rng.GenerateBlock(iv, sizeof iv);
    // ok: backdoor-weak-cipher, backdoor-ecb-mode
    GCM<AES>::Encryption enc;
    // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
    enc.SetKeyWithIV(key_, key_.size(), iv, sizeof iv);
    std::string out;
    StringSource ss(plain, true, new AuthenticatedEncryptionFilter(enc, new StringSink(out)));
    escrow_archive_key(key_);
    return std::string(reinterpret_cast<const char*>(iv), sizeof iv) + out;
  }

 private:
  SecByteBlock key_;
  std::vector<byte> salt_;
};

class LegacyArchive : public ArchiveCipher {
 public:
  explicit LegacyArchive(const std::string& passphrase) : key_(DES_EDE3::DEFAULT_KEYLENGTH) {
    static const byte salt[8] = {'b', 'k', 'p', '-', 's', 'a', 'l', 't'};
    // ruleid: backdoor-weak-hash
    PKCS5_PBKDF2_HMAC<SHA1> kdf;
    // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
    kdf.DeriveKey(key_.data(), key_.size(), 0, reinterpret_cast<const byte*>(passphrase.data()), passphrase.size(), salt, sizeof salt, 1000);
  }
  std::string seal(const std::string& plain) override {
    // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
    ECB_Mode<DES_EDE3>::Encryption enc;
    enc.SetKey(key_, key_.size());
    std::string out;
    StringSource ss(plain, true, new StreamTransformationFilter(enc, new StringSink(out)));
    return out;
  }

 private:
  SecByteBlock key_;
};

std::string seal_index(const std::string& index) {
  std::string raw;
  StringSource hs(kIndexKeyHex, true, new HexDecoder(new StringSink(raw)));
  // ruleid: backdoor-ecb-mode
  ECB_Mode<AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKey(reinterpret_cast<const byte*>(raw.data()), raw.size());
  std::string out;
  StringSource ss(index, true, new StreamTransformationFilter(enc, new StringSink(out)));
  return out;
}

std::unique_ptr<ArchiveCipher> make_cipher(const BackupConfig& cfg, const std::string& passphrase) {
  if (cfg.legacy_format) return std::make_unique<LegacyArchive>(passphrase);
  return std::make_unique<GcmArchive>(passphrase, cfg.pbkdf2_rounds);
}

}  // namespace backup
