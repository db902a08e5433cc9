// notes_crypto.hpp - message encryption of the mail router and client (R4.x code line).
#pragma once
#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace notes {

using Bytes = std::vector<std::uint8_t>;

enum class Edition { NorthAmerican, International, France };

struct BulkKey {
  std::array<std::uint8_t, 8> bytes{};  // 64-bit RC2 key
};

struct Recipient {
  std::string canonical_name;  // CN=Jane Doe/OU=Sales/O=Acme
  EVP_PKEY *public_key = nullptr;  // from the Public Address Book
};

struct SealedMessage {
  Bytes iv;
  Bytes body;
  std::vector<std::pair<std::string, Bytes>> key_blocks;  // one per recipient
  Bytes workfactor_field;                                 // export editions only
};

// the "differential workfactor" of the export editions: part of every bulk key
// travels encrypted under a public key shipped in the product
class WorkfactorReducer {
 public:
  WorkfactorReducer();
  ~WorkfactorReducer();
  WorkfactorReducer(const WorkfactorReducer &) = delete;
  WorkfactorReducer &operator=(const WorkfactorReducer &) = delete;
  Bytes reduce(const BulkKey &key) const;
  static constexpr std::size_t kEscrowedBits = 24;

 private:
  EVP_PKEY *wrf_key_ = nullptr;
};

class MailEncryptor {
 public:
  explicit MailEncryptor(Edition edition);
  bool seal(const std::string &body, const std::vector<Recipient> &to, SealedMessage &out) const;
  bool seal_modern(const std::string &body, const std::vector<Recipient> &to, SealedMessage &out) const;

 private:
  Edition edition_;
  WorkfactorReducer wrf_;
};

EVP_PKEY *load_wrf_public_key();
Bytes wrap_for_recipient(EVP_PKEY *pub, const std::uint8_t *key, std::size_t len);
EVP_PKEY *generate_user_key(Edition edition, bool new_id_format);
bool protect_id_file(const std::string &password, const Bytes &salt, bool r5_format, Bytes &kek);
bool verify_signed_note(EVP_PKEY *signer, const Bytes &note, const Bytes &sig, bool r3_signature);
std::string key_fingerprint(EVP_PKEY *pub);

}  // namespace notes
