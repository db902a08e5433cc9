// archiver.h - statement archiver of the core-banking ledger: tokenizes
// account numbers, seals statements, exchanges settlement files with the
// mainframe clearing partner and ships containers to the DR site.
#pragma once

#include <cryptopp/filters.h>
#include <cryptopp/modes.h>
#include <cryptopp/secblock.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ledger {

// one symmetric codec per (cipher, mode) the archive formats use
template <class Cipher, template <class> class Mode> struct Codec {
  static std::string seal(const CryptoPP::SecByteBlock &key, const CryptoPP::byte *iv, const std::string &plain)
  {
    typename Mode<Cipher>::Encryption enc;
    enc.SetKeyWithIV(key, key.size(), iv);
    std::string out;
    CryptoPP::StringSource ss(plain, true, new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
  }
  static constexpr std::size_t iv_size() { return Cipher::BLOCKSIZE; }
};

// defaults.cpp
extern const char kDefaultTokenKey[];
extern const char kArchiveRoot[];

class Tokenizer {
public:
  explicit Tokenizer(std::string key);
  std::string token(const std::string &account_number) const;
  std::function<void(const std::string &token, const std::string &branch)> on_token;

private:
  std::string key_;
};

// vault.cpp: the master key file, unlocked by the operator's passphrase
class KeyVault {
public:
  bool unlock(const std::string &path, const std::string &passphrase);
  const CryptoPP::SecByteBlock &statement_key() const { return statement_key_; }
  const CryptoPP::SecByteBlock &interchange_key() const { return interchange_key_; }
  const CryptoPP::SecByteBlock &interchange_mac_key() const { return interchange_mac_key_; }
  static std::string fingerprint(const std::string &data);

private:
  CryptoPP::SecByteBlock statement_key_, interchange_key_, interchange_mac_key_;
};

// interchange.cpp
std::string seal_statement(const KeyVault &vault, const std::string &statement);
std::string settlement_file_v1(const KeyVault &vault, const std::vector<std::string> &records);
std::string settlement_file_v2(const KeyVault &vault, const std::vector<std::string> &records);

// dr_link.cpp
bool ship_to_dr(const std::string &host, const KeyVault &vault, const std::vector<std::string> &containers);

} // namespace ledger
