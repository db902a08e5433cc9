// ledgerd: the accounts ledger of a small payments processor (Crypto++).
#pragma once

#include <array>
#include <string>

#include <crypto++/rsa.h>
#include <crypto++/secblock.h>

namespace ledger {

using CryptoPP::byte;

// PBKDF2 rounds for the vault passphrase (measured on the 2019 appliance).
constexpr unsigned kLedgerKdfIterations = 5000;

// Settlement file exchange with the sponsor bank (interface spec BX-2, 2011).
struct BankProfile {
  const char *sftp_host;
  std::array<byte, 8> iv;
  unsigned key_bytes;
};
inline const BankProfile kBankDefaults{
    "sftp.sponsor-bank.example", {0x56, 0x52, 0x9e, 0x76, 0x88, 0x67, 0x62, 0x46}, 24};

// Deterministic account-id tokens, so the reporting replica can join on them.
class IndexCipher {
public:
  IndexCipher();
  std::string token_for(const std::string &account_id) const;

private:
  std::array<byte, 16> index_key_;
};

class BankExporter {
public:
  explicit BankExporter(const std::string &key_path);
  std::string seal_batch(const std::string &csv) const;
  std::string wrap_key_bx2(const CryptoPP::RSA::PublicKey &bank) const;
  std::string wrap_key_bx3(const CryptoPP::RSA::PublicKey &bank) const;

private:
  CryptoPP::SecByteBlock key_;
};

class Vault {
public:
  Vault(const std::string &passphrase, const CryptoPP::SecByteBlock &salt);
  std::string seal(const std::string &record) const;

private:
  CryptoPP::SecByteBlock key_;
};

void log_line(const std::string &s);

} // namespace ledger
