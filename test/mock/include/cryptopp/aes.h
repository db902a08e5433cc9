// Mock of Crypto++: the class shapes real code uses, no bodies.
#ifndef MOCK_CRYPTOPP_H
#define MOCK_CRYPTOPP_H
#include <stddef.h>
namespace CryptoPP {
typedef unsigned char byte;
class NameValuePairs {};
const NameValuePairs &g_nullNameValuePairs();
class SimpleKeyingInterface {
public:
  void SetKey(const byte *key, size_t length, const NameValuePairs &params = g_nullNameValuePairs());
  void SetKeyWithIV(const byte *key, size_t length, const byte *iv, size_t ivLength);
  void SetKeyWithIV(const byte *key, size_t length, const byte *iv);
};
class RandomNumberGenerator {
public:
  virtual void GenerateBlock(byte *output, size_t size);
};
class AutoSeededRandomPool : public RandomNumberGenerator {};
class SecByteBlock {
public:
  explicit SecByteBlock(size_t size = 0);
  SecByteBlock(const byte *ptr, size_t len);
  operator byte *();
  operator const byte *() const;
  byte *BytePtr();
  size_t size() const;
};
enum CipherDir { ENCRYPTION, DECRYPTION };
template <CipherDir DIR, class BASE> class BlockCipherFinal : public BASE, public SimpleKeyingInterface {
public:
  BlockCipherFinal();
  BlockCipherFinal(const byte *key, size_t length);
};
struct AES {
  struct Base {};
  enum { DEFAULT_KEYLENGTH = 16, BLOCKSIZE = 16 };
  typedef BlockCipherFinal<ENCRYPTION, Base> Encryption;
  typedef BlockCipherFinal<DECRYPTION, Base> Decryption;
};
template <class CIPHER, class BASE> class CipherModeFinalTemplate_CipherHolder : public SimpleKeyingInterface {
public:
  CipherModeFinalTemplate_CipherHolder();
  CipherModeFinalTemplate_CipherHolder(const byte *key, size_t length, const byte *iv);
};
struct CBC_ModeBase {};
template <class CIPHER> struct CBC_Mode {
  typedef CipherModeFinalTemplate_CipherHolder<typename CIPHER::Encryption, CBC_ModeBase> Encryption;
};
template <class H> class HMAC : public SimpleKeyingInterface {
public:
  HMAC();
  HMAC(const byte *key, size_t length = 16);
};
struct SHA256 {};
template <class H> class PKCS5_PBKDF2_HMAC {
public:
  size_t DeriveKey(byte *derived, size_t derivedLen, byte purpose, const byte *secret, size_t secretLen, const byte *salt, size_t saltLen, unsigned int iterations, double timeInSeconds = 0) const;
};
class Integer {
public:
  Integer();
  Integer(long value);
  explicit Integer(const char *str);
  Integer(const byte *encodedInteger, size_t byteCount);
};
class RSAFunction {
public:
  void Initialize(const Integer &n, const Integer &e);
};
class InvertibleRSAFunction : public RSAFunction {
public:
  void GenerateRandomWithKeySize(RandomNumberGenerator &rng, unsigned int keySize);
  void Initialize(RandomNumberGenerator &rng, unsigned int modulusBits, const Integer &e = Integer(17));
};
struct RSA {
  typedef RSAFunction PublicKey;
  typedef InvertibleRSAFunction PrivateKey;
};
class PK_Encryptor {
public:
  virtual void Encrypt(RandomNumberGenerator &rng, const byte *plaintext, size_t plaintextLength, byte *ciphertext) const;
};
class RSAES_OAEP_SHA_Encryptor : public PK_Encryptor {
public:
  explicit RSAES_OAEP_SHA_Encryptor(const RSAFunction &key);
};
class ECP {
public:
  ECP(const Integer &modulus, const Integer &a, const Integer &b);
};
class DH_Domain {
public:
  DH_Domain(const Integer &p, const Integer &g);
};
class RandomPool : public RandomNumberGenerator {
public:
  void IncorporateEntropy(const byte *input, size_t length);
};
} // namespace CryptoPP
#endif
