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
  virtual void SetKey(const byte *key, size_t length, const NameValuePairs &params = g_nullNameValuePairs());
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
// As in Crypto++: the mode holder derives from its mode's base class, and
// ECB's base overrides SetKey inline, keying the cipher it holds.
template <class CIPHER, class BASE> class CipherModeFinalTemplate_CipherHolder : public BASE {
public:
  CipherModeFinalTemplate_CipherHolder();
  CipherModeFinalTemplate_CipherHolder(const byte *key, size_t length, const byte *iv);
};
struct CBC_ModeBase : public SimpleKeyingInterface {};
template <class CIPHER> struct CBC_Mode {
  typedef CipherModeFinalTemplate_CipherHolder<typename CIPHER::Encryption, CBC_ModeBase> Encryption;
};
class HashTransformation {
public:
  virtual bool Verify(const byte *digest);
  virtual bool VerifyDigest(const byte *digest, const byte *input, size_t length);
};
template <class H> class HMAC : public SimpleKeyingInterface, public HashTransformation {
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
class BufferedTransformation;
// As in cryptlib.h and asn.h: a key object decoded whole from a source.
class ASN1CryptoMaterial {
public:
  void Load(BufferedTransformation &bt);
  void BERDecode(BufferedTransformation &bt);
};
class RSAFunction : public ASN1CryptoMaterial {
public:
  void Initialize(const Integer &n, const Integer &e);
  Integer ApplyFunction(const Integer &x) const;
};
// As in cryptlib.h: key generation is declared by a virtual base of the key classes.
class GeneratableCryptoMaterial {
public:
  void GenerateRandomWithKeySize(RandomNumberGenerator &rng, unsigned int keySize);
};
class InvertibleRSAFunction : public RSAFunction, public virtual GeneratableCryptoMaterial {
public:
  Integer CalculateInverse(RandomNumberGenerator &rng, const Integer &x) const;
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
// Block ciphers, modes, hashes and public-key schemes as template arguments,
// shaped like the real headers (des.h, modes.h, md5.h, rsa.h, pubkey.h).
typedef unsigned int word32;
struct DES {
  class Base {};
  typedef BlockCipherFinal<ENCRYPTION, Base> Encryption;
  typedef BlockCipherFinal<DECRYPTION, Base> Decryption;
};
struct DES_EDE3 {
  class Base {};
  typedef BlockCipherFinal<ENCRYPTION, Base> Encryption;
  typedef BlockCipherFinal<DECRYPTION, Base> Decryption;
};
struct Blowfish {
  class Base {};
  typedef BlockCipherFinal<ENCRYPTION, Base> Encryption;
  typedef BlockCipherFinal<DECRYPTION, Base> Decryption;
};
class ECB_OneWay : public SimpleKeyingInterface {
public:
  void SetKey(const byte *key, size_t length, const NameValuePairs &params = g_nullNameValuePairs()) {
    m_cipher->SetKey(key, length, params);
  }
  SimpleKeyingInterface *m_cipher;
};
template <class CIPHER> struct ECB_Mode {
  typedef CipherModeFinalTemplate_CipherHolder<typename CIPHER::Encryption, ECB_OneWay> Encryption;
  typedef CipherModeFinalTemplate_CipherHolder<typename CIPHER::Decryption, ECB_OneWay> Decryption;
};
struct SHA1 {};
namespace Weak1 {
class MD5 {
public:
  void CalculateDigest(byte *digest, const byte *input, size_t length);
};
} // namespace Weak1
namespace Weak { using namespace Weak1; }
class PKCS_EncryptionPaddingScheme {};
class PKCS1v15_SignatureMessageEncodingMethod {};
struct PKCS1v15 {
  typedef PKCS_EncryptionPaddingScheme EncryptionMessageEncodingMethod;
  typedef PKCS1v15_SignatureMessageEncodingMethod SignatureMessageEncodingMethod;
};
class P1363_MGF1 {};
template <class H, class MGF = P1363_MGF1> class OAEP {
public:
  typedef OAEP<H, MGF> EncryptionMessageEncodingMethod;
};
template <class ALG_INFO, class KEYS, class EM> struct TF_CryptoSchemeOptions {};
template <class ALG_INFO, class KEYS, class EM, class H> struct TF_SignatureSchemeOptions {};
template <class OPTS> class TF_EncryptorImpl : public PK_Encryptor {};
template <class OPTS> class TF_DecryptorImpl {};
class PK_Verifier {
public:
  virtual bool VerifyMessage(const byte *message, size_t messageLen, const byte *signature, size_t signatureLen) const;
};
template <class OPTS> class TF_VerifierImpl : public PK_Verifier {};
template <class OPTS> class TF_SignerImpl {
public:
  void SignMessage(RandomNumberGenerator &rng, const byte *input, size_t inputLen, byte *signature) const;
};
template <class BASE> class PK_FinalTemplate : public BASE {
public:
  PK_FinalTemplate();
  template <class T> explicit PK_FinalTemplate(const T &key);
};
template <class KEYS, class STANDARD, class ALG_INFO> class TF_ES;
template <class KEYS, class STANDARD, class ALG_INFO = TF_ES<KEYS, STANDARD, int> >
class TF_ES : public KEYS {
  typedef typename STANDARD::EncryptionMessageEncodingMethod MessageEncodingMethod;
public:
  typedef TF_CryptoSchemeOptions<ALG_INFO, KEYS, MessageEncodingMethod> SchemeOptions;
  typedef PK_FinalTemplate<TF_DecryptorImpl<SchemeOptions> > Decryptor;
  typedef PK_FinalTemplate<TF_EncryptorImpl<SchemeOptions> > Encryptor;
};
template <class KEYS, class STANDARD, class H, class ALG_INFO> class TF_SS;
template <class KEYS, class STANDARD, class H, class ALG_INFO = TF_SS<KEYS, STANDARD, H, int> >
class TF_SS : public KEYS {
public:
  typedef typename STANDARD::SignatureMessageEncodingMethod MessageEncodingMethod;
  typedef TF_SignatureSchemeOptions<ALG_INFO, KEYS, MessageEncodingMethod, H> SchemeOptions;
  typedef PK_FinalTemplate<TF_SignerImpl<SchemeOptions> > Signer;
  typedef PK_FinalTemplate<TF_VerifierImpl<SchemeOptions> > Verifier;
};
template <class STANDARD> struct RSAES : public TF_ES<RSA, STANDARD> {};
template <class STANDARD, class H> struct RSASS : public TF_SS<RSA, STANDARD, H> {};
// A linear congruential generator (rng.h).
class LC_RNG : public RandomNumberGenerator {
public:
  LC_RNG(word32 init_seed);
  void GenerateBlock(byte *output, size_t size);
  byte GenerateByte();
};
// Finite-field groups and DSA keys (gfpcrypt.h).
class DL_GroupParameters_IntegerBased {
public:
  void Initialize(RandomNumberGenerator &rng, unsigned int pbits);
  void Initialize(const Integer &p, const Integer &g);
};
struct DH {
  DL_GroupParameters_IntegerBased &AccessGroupParameters();
};
template <class GP> class DL_PrivateKey_GFP {
public:
  void Initialize(RandomNumberGenerator &rng, unsigned int modulusBits);
};
class DL_GroupParameters_DSA {};
struct DSA {
  typedef DL_PrivateKey_GFP<DL_GroupParameters_DSA> PrivateKey;
};
} // namespace CryptoPP
#endif
