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
};
class RandomNumberGenerator {
public:
  void randomize(uint8_t output[], size_t length);
};
class AutoSeeded_RNG : public RandomNumberGenerator {};
class PBKDF {
public:
  OctetString derive_key(size_t output_len, const std::string &passphrase, const uint8_t salt[], size_t salt_len, size_t iterations) const;
};
} // namespace Botan
#endif
