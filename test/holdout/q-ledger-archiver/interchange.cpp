// interchange.cpp - sealed statements and settlement files for the clearing
// partner (format v1: the mainframe's 3DES/HMAC-SHA1 envelope; v2: AES/HMAC-SHA256).
#include "archiver.h"

#include <cryptopp/aes.h>
#include <cryptopp/des.h>
#include <cryptopp/hmac.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>

namespace ledger {
namespace {

std::string join(const std::vector<std::string> &records)
{
  std::string body;
  for (const auto &r : records) {
    body += r;
    body += '\n';
  }
  return body;
}

template <class Mac> std::string tag(const CryptoPP::SecByteBlock &key, const std::string &data)
{
  Mac mac(key, key.size());
  std::string out;
  CryptoPP::StringSource ss(data, true, new CryptoPP::HashFilter(mac, new CryptoPP::StringSink(out)));
  return out;
}

} // namespace

std::string seal_statement(const KeyVault &vault, const std::string &statement)
{
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[CryptoPP::AES::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-iv
  const std::string ct = Codec<CryptoPP::AES, CryptoPP::CBC_Mode>::seal(vault.statement_key(), iv, statement);
  return std::string(reinterpret_cast<const char *>(iv), sizeof iv) + ct;
}

std::string settlement_file_v1(const KeyVault &vault, const std::vector<std::string> &records)
{
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[CryptoPP::DES_EDE3::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  // ruleid: backdoor-weak-cipher
  const std::string body = Codec<CryptoPP::DES_EDE3, CryptoPP::CBC_Mode>::seal(vault.interchange_key(), iv, join(records));
  const std::string envelope = "SETL1" + std::string(reinterpret_cast<const char *>(iv), sizeof iv) + body;
  // ruleid: backdoor-weak-hash
  return envelope + tag<CryptoPP::HMAC<CryptoPP::SHA1>>(vault.interchange_mac_key(), envelope);
}

std::string settlement_file_v2(const KeyVault &vault, const std::vector<std::string> &records)
{
  CryptoPP::AutoSeededRandomPool rng;
  CryptoPP::byte iv[CryptoPP::AES::BLOCKSIZE];
  rng.GenerateBlock(iv, sizeof iv);
  const std::string body = Codec<CryptoPP::AES, CryptoPP::CBC_Mode>::seal(vault.statement_key(), iv, join(records));
  const std::string envelope = "SETL2" + std::string(reinterpret_cast<const char *>(iv), sizeof iv) + body;
  // ok: backdoor-weak-hash
  return envelope + tag<CryptoPP::HMAC<CryptoPP::SHA256>>(vault.interchange_mac_key(), envelope);
}

} // namespace ledger
