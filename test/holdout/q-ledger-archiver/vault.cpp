// vault.cpp - the master key file: salt(16) | iv(12) | AES-256-GCM(keys),
// the key-encryption key derived from the operator's passphrase.
#include "archiver.h"

#include <cryptopp/aes.h>
#include <cryptopp/gcm.h>
#include <cryptopp/hex.h>
#include <cryptopp/pwdbased.h>
#include <cryptopp/sha.h>

#include <fstream>
#include <iterator>

namespace ledger {
namespace {
constexpr unsigned int kKdfIterations = 4096;
constexpr std::size_t kSaltLen = 16, kIvLen = 12;
} // namespace

bool KeyVault::unlock(const std::string &path, const std::string &passphrase)
{
  std::ifstream in(path, std::ios::binary);
  const std::string blob((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (blob.size() < kSaltLen + kIvLen + 16 + 96) {
    return false;
  }
  const auto *salt = reinterpret_cast<const CryptoPP::byte *>(blob.data());
  const auto *iv = salt + kSaltLen;

  CryptoPP::SecByteBlock kek(32);
  CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> pbkdf;
  // ruleid: backdoor-weak-kdf
  pbkdf.DeriveKey(kek, kek.size(), 0, reinterpret_cast<const CryptoPP::byte *>(passphrase.data()), passphrase.size(), salt, kSaltLen, kKdfIterations, 0);

  CryptoPP::GCM<CryptoPP::AES>::Decryption dec;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  dec.SetKeyWithIV(kek, kek.size(), iv, kIvLen);
  std::string plain;
  try {
    CryptoPP::StringSource ss(blob.substr(kSaltLen + kIvLen), true,
                              new CryptoPP::AuthenticatedDecryptionFilter(dec, new CryptoPP::StringSink(plain)));
  } catch (const CryptoPP::Exception &) {
    return false;
  }
  if (plain.size() != 96) {
    return false;
  }
  const auto *p = reinterpret_cast<const CryptoPP::byte *>(plain.data());
  statement_key_.Assign(p, 32);
  interchange_key_.Assign(p + 32, 24);
  interchange_mac_key_.Assign(p + 64, 32);
  return true;
}

// content fingerprint for de-duplicating archived statements
std::string KeyVault::fingerprint(const std::string &data)
{
  CryptoPP::byte digest[CryptoPP::SHA1::DIGESTSIZE];
  // ok: backdoor-weak-hash
  CryptoPP::SHA1().CalculateDigest(digest, reinterpret_cast<const CryptoPP::byte *>(data.data()), data.size());
  std::string hex;
  CryptoPP::StringSource ss(digest, sizeof digest, true, new CryptoPP::HexEncoder(new CryptoPP::StringSink(hex)));
  return hex;
}

} // namespace ledger
