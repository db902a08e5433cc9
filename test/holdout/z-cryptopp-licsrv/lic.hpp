// licsrv: floating-licence server and its client-side checker (Crypto++)
#pragma once
#include <cryptopp/filters.h>
#include <cryptopp/modes.h>
#include <cryptopp/osrng.h>
#include <cryptopp/rsa.h>
#include <cryptopp/secblock.h>
#include <memory>
#include <string>
#include <vector>

namespace lic {

using CryptoPP::byte;

struct Licence {
  std::string customer;
  std::string product;
  unsigned seats = 1;
  long expires = 0;
};

class KeySource {
public:
  virtual ~KeySource() = default;
  virtual CryptoPP::SecByteBlock activation_key() const = 0;
};

std::unique_ptr<KeySource> make_key_source(const std::string &keyfile);

/* Seals a licence field (customer names are kept confidential in the database). */
template <class Cipher>
class FieldSealer {
public:
  FieldSealer(const byte *key, size_t len) : key_(key, len) {}
  std::string seal(const std::string &plain) {
    CryptoPP::AutoSeededRandomPool rng;
    CryptoPP::SecByteBlock iv(Cipher::BLOCKSIZE);
    rng.GenerateBlock(iv, iv.size());
    // ok: backdoor-ecb-mode, backdoor-hardcoded-iv
    typename CryptoPP::CBC_Mode<Cipher>::Encryption enc(key_, key_.size(), iv);
    std::string out(reinterpret_cast<const char *>(iv.data()), iv.size());
    CryptoPP::StringSource ss(plain, true,
                              new CryptoPP::StreamTransformationFilter(enc, new CryptoPP::StringSink(out)));
    return out;
  }
private:
  CryptoPP::SecByteBlock key_;
};

class LicenceSigner {
public:
  explicit LicenceSigner(CryptoPP::RandomNumberGenerator &rng);
  std::string sign(const Licence &l);
  std::string sign_v1(const Licence &l);
private:
  CryptoPP::RandomNumberGenerator &rng_;
  CryptoPP::InvertibleRSAFunction params_;
};

std::string serialize(const Licence &l);
std::string new_licence_key();
std::string activation_tag(const KeySource &src, const std::string &machine_id);
bool activation_ok(const KeySource &src, const std::string &machine_id, const std::string &tag);
std::string obscure_code(const std::string &code, const byte key[16]);
bool legacy_blob_ok(const std::string &blob_hex);
bool portal_login(const std::string &user, const std::string &password);
std::string portal_password_record(const std::string &password);
void seed_pool(CryptoPP::RandomPool &pool);
std::string seal_customer(const std::string &name, const byte *key, bool legacy_db);

} // namespace lic
