// Key set-up of the ledger's cipher objects.
#include <crypto++/files.h>
#include <crypto++/filters.h>
#include <crypto++/hex.h>
#include <crypto++/pwdbased.h>
#include <crypto++/sha.h>

#include "ledger.hpp"

namespace ledger {
namespace {
// Fixed so that tokens stay stable when a replica is rebuilt from backup.
// ruleid: backdoor-secret-literal
const std::array<byte, 16> kIndexTokenKey = {0xcf, 0x79, 0x64, 0xfc, 0x6d, 0xfb, 0x63, 0xf8, 0x4c, 0x84, 0x2c, 0x2e, 0x1d, 0x9f, 0xa8, 0x6b};
} // namespace

IndexCipher::IndexCipher() : index_key_(kIndexTokenKey) {}

BankExporter::BankExporter(const std::string &key_path) : key_(kBankDefaults.key_bytes)
{
  CryptoPP::FileSource fs(key_path.c_str(), true,
                          new CryptoPP::HexDecoder(new CryptoPP::ArraySink(key_, key_.size())));
}

Vault::Vault(const std::string &passphrase, const CryptoPP::SecByteBlock &salt) : key_(32)
{
  // ok: backdoor-weak-hash
  CryptoPP::PKCS5_PBKDF2_HMAC<CryptoPP::SHA256> kdf;
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  kdf.DeriveKey(key_, key_.size(), 0, reinterpret_cast<const byte *>(passphrase.data()), passphrase.size(), salt, salt.size(), kLedgerKdfIterations);
}

} // namespace ledger
