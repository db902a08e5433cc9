// Account-id tokens and the vault's record sealing.
#include <crypto++/aes.h>
#include <crypto++/filters.h>
#include <crypto++/gcm.h>
#include <crypto++/hex.h>
#include <crypto++/modes.h>
#include <crypto++/osrng.h>

#include "ledger.hpp"

namespace ledger {

std::string IndexCipher::token_for(const std::string &account_id) const
{
  std::string block = account_id.substr(0, 16), out;
  block.resize(16, '\0');
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(index_key_.data(), index_key_.size());
  CryptoPP::StringSource(block, true,
                         new CryptoPP::StreamTransformationFilter(
                             enc, new CryptoPP::HexEncoder(new CryptoPP::StringSink(out)),
                             CryptoPP::StreamTransformationFilter::NO_PADDING));
  return out;
}

std::string Vault::seal(const std::string &record) const
{
  CryptoPP::AutoSeededRandomPool rng;
  byte iv[12];
  std::string out;

  rng.GenerateBlock(iv, sizeof iv);
  // ok: backdoor-ecb-mode, backdoor-weak-cipher
  CryptoPP::GCM<CryptoPP::AES>::Encryption enc;
  // ok: backdoor-hardcoded-iv, backdoor-hardcoded-key, backdoor-known-key
  enc.SetKeyWithIV(key_, key_.size(), iv, sizeof iv);
  out.assign(reinterpret_cast<const char *>(iv), sizeof iv);
  CryptoPP::StringSource(record, true,
                         new CryptoPP::AuthenticatedEncryptionFilter(
                             enc, new CryptoPP::StringSink(out), false, 16));
  return out;
}

} // namespace ledger
