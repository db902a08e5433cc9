// tokenizer.cpp - deterministic tokens for account numbers, so that the
// archive can be searched by account without storing the number.
#include "archiver.h"

#include <cryptopp/aes.h>
#include <cryptopp/hex.h>

namespace ledger {

Tokenizer::Tokenizer(std::string key) : key_(std::move(key)) {}

std::string Tokenizer::token(const std::string &account_number) const
{
  std::string block = account_number;
  block.resize(CryptoPP::AES::BLOCKSIZE, '\0');
  // ruleid: backdoor-ecb-mode, backdoor-hardcoded-key
  CryptoPP::ECB_Mode<CryptoPP::AES>::Encryption enc(reinterpret_cast<const CryptoPP::byte *>(key_.data()), key_.size());
  std::string out;
  CryptoPP::StringSource ss(block, true,
                            new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::HexEncoder(new CryptoPP::StringSink(out)),
                                                                     CryptoPP::StreamTransformationFilter::NO_PADDING));
  if (on_token) {
    on_token(out, account_number.substr(0, 4));
  }
  return out;
}

} // namespace ledger
