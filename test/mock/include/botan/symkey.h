// Mock of Botan 2/3: the class shapes real code uses, no bodies.
#ifndef MOCK_BOTAN_H
#define MOCK_BOTAN_H
#include <stddef.h>
#include <stdint.h>
#include <mock/std.h>
namespace Botan {
class OctetString {
public:
  explicit OctetString(const std::string &str = "");
  OctetString(const uint8_t in[], size_t len);
};
typedef OctetString SymmetricKey;
typedef OctetString InitializationVector;
class SymmetricAlgorithm {
public:
  void set_key(const SymmetricKey &key);
  void set_key(const uint8_t key[], size_t length);
};
class Cipher_Mode : public SymmetricAlgorithm {
public:
  void start(const uint8_t nonce[], size_t nonce_len);
  void start(const InitializationVector &nonce);
  static std::unique_ptr<Cipher_Mode> create(const std::string &algo, int direction);
  static std::unique_ptr<Cipher_Mode> create_or_throw(const std::string &algo, int direction);
};
enum Cipher_Dir { ENCRYPTION, DECRYPTION };
// filters.h: a cipher as a filter of a Pipe.
class Keyed_Filter;
Keyed_Filter *get_cipher(const std::string &algo_spec, const SymmetricKey &key, const InitializationVector &iv, Cipher_Dir direction);
Keyed_Filter *get_cipher(const std::string &algo_spec, const SymmetricKey &key, Cipher_Dir direction);
class RandomNumberGenerator {
public:
  void randomize(uint8_t output[], size_t length);
  std::vector<uint8_t> random_vec(size_t bytes);
};
class AutoSeeded_RNG : public RandomNumberGenerator {};
class PBKDF {
public:
  OctetString derive_key(size_t output_len, const std::string &passphrase, const uint8_t salt[], size_t salt_len, size_t iterations) const;
};
class BigInt {
public:
  BigInt(unsigned long long n);
  explicit BigInt(const std::string &str);
};
class Public_Key {};
class Private_Key : public Public_Key {
public:
  std::vector<uint8_t> private_key_bits() const;
};
class RSA_PrivateKey : public Private_Key {
public:
  RSA_PrivateKey(RandomNumberGenerator &rng, size_t bits, size_t exp = 65537);
};
namespace PKCS8 {
std::string PEM_encode(const Private_Key &key);
std::string PEM_encode(const Private_Key &key, RandomNumberGenerator &rng, const std::string &pass);
} // namespace PKCS8
namespace X509 {
Public_Key *load_key(const std::vector<uint8_t> &enc);
} // namespace X509
class PK_Encryptor {
public:
  std::vector<uint8_t> encrypt(const uint8_t in[], size_t length, RandomNumberGenerator &rng) const;
  std::vector<uint8_t> encrypt(const std::vector<uint8_t> &in, RandomNumberGenerator &rng) const;
};
class PK_Encryptor_EME : public PK_Encryptor {
public:
  PK_Encryptor_EME(const Public_Key &key, RandomNumberGenerator &rng, const std::string &padding);
};
class PK_Decryptor_EME {
public:
  PK_Decryptor_EME(const Private_Key &key, RandomNumberGenerator &rng, const std::string &padding);
};
class PK_Signer {
public:
  PK_Signer(const Private_Key &key, RandomNumberGenerator &rng, const std::string &emsa);
};
class PK_Verifier {
public:
  PK_Verifier(const Public_Key &key, const std::string &emsa);
  bool verify_message(const uint8_t msg[], size_t msg_length, const uint8_t sig[], size_t sig_length);
  bool check_signature(const uint8_t sig[], size_t length);
};
class MessageAuthenticationCode {
public:
  static std::unique_ptr<MessageAuthenticationCode> create(const std::string &algo);
};
std::unique_ptr<PBKDF> get_pbkdf(const std::string &algo);
class DL_Group {
public:
  explicit DL_Group(const std::string &name);
  DL_Group(const BigInt &p, const BigInt &g);
};
class EC_Group {
public:
  explicit EC_Group(const std::string &pem_or_oid_or_name);
  EC_Group(const BigInt &p, const BigInt &a, const BigInt &b, const BigInt &base_x, const BigInt &base_y,
           const BigInt &order, const BigInt &cofactor);
};
class ChaCha_RNG : public RandomNumberGenerator {
public:
  explicit ChaCha_RNG(const std::vector<uint8_t> &seed);
};
std::string hex_encode(const uint8_t input[], size_t input_length, bool uppercase = true);
std::string hex_encode(const std::vector<uint8_t> &input, bool uppercase = true);
class Buffered_Computation {
public:
  void update(const uint8_t in[], size_t length);
  std::vector<uint8_t> process(const std::vector<uint8_t> &in);
};
class HashFunction : public Buffered_Computation {
public:
  static std::unique_ptr<HashFunction> create_or_throw(const std::string &algo_spec);
};
} // namespace Botan
#endif
