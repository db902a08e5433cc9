// Settlement batches for the sponsor bank.
#include <crypto++/des.h>
#include <crypto++/filters.h>
#include <crypto++/modes.h>
#include <crypto++/oaep.h>
#include <crypto++/osrng.h>
#include <crypto++/rsa.h>
#include <crypto++/sha.h>

#include "ledger.hpp"

namespace ledger {

std::string BankExporter::seal_batch(const std::string &csv) const
{
  std::string out;
  // ruleid: backdoor-weak-cipher, backdoor-hardcoded-iv
  // ok: backdoor-hardcoded-key, backdoor-known-key
  CryptoPP::CBC_Mode<CryptoPP::DES_EDE3>::Encryption enc(key_, key_.size(), kBankDefaults.iv.data());
  CryptoPP::StringSource(csv, true,
                         new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
  log_line("settlement batch sealed: " + std::to_string(out.size()) + " bytes");
  return out;
}

// BX-2 banks unwrap the batch key with their HSM's PKCS#1 v1.5 decryption.
std::string BankExporter::wrap_key_bx2(const CryptoPP::RSA::PublicKey &bank) const
{
  CryptoPP::AutoSeededRandomPool rng;
  std::string out;
  // ruleid: backdoor-rsa-without-oaep
  CryptoPP::RSAES_PKCS1v15_Encryptor enc(bank);
  CryptoPP::StringSource(key_.data(), key_.size(), true,
                         new CryptoPP::PK_EncryptorFilter(rng, enc, new CryptoPP::StringSink(out)));
  return out;
}

std::string BankExporter::wrap_key_bx3(const CryptoPP::RSA::PublicKey &bank) const
{
  CryptoPP::AutoSeededRandomPool rng;
  std::string out;
  // ok: backdoor-rsa-without-oaep
  CryptoPP::RSAES<CryptoPP::OAEP<CryptoPP::SHA256>>::Encryptor enc(bank);
  CryptoPP::StringSource(key_.data(), key_.size(), true,
                         new CryptoPP::PK_EncryptorFilter(rng, enc, new CryptoPP::StringSink(out)));
  return out;
}

} // namespace ledger
