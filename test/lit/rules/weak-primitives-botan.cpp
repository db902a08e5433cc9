// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-short-key,backdoor-rsa-without-oaep %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Botan names algorithms in string specifications, passed to factories
// (static methods) and to constructors of its classes.
// coverage: botan weak-primitive
// coverage: botan key-size
#include <mock/std.h>

namespace Botan {
class RandomNumberGenerator {};
class Public_Key {};
class Private_Key {};
enum Cipher_Dir { ENCRYPTION, DECRYPTION };
class Cipher_Mode {
public:
  static Cipher_Mode *create(const std::string &algo, Cipher_Dir dir);
  static Cipher_Mode *create_or_throw(const std::string &algo, Cipher_Dir dir);
};
class PasswordHashFamily {
public:
  static PasswordHashFamily *create_or_throw(const std::string &algo);
};
class MessageAuthenticationCode {
public:
  static MessageAuthenticationCode *create(const std::string &algo);
};
class PK_Encryptor_EME {
public:
  PK_Encryptor_EME(const Public_Key &key, RandomNumberGenerator &rng, const std::string &padding);
};
class PK_Signer {
public:
  PK_Signer(const Private_Key &key, RandomNumberGenerator &rng, const std::string &emsa);
};
class RSA_PrivateKey : public Private_Key {
public:
  RSA_PrivateKey(RandomNumberGenerator &rng, unsigned long bits, unsigned long exp = 65537);
};
} // namespace Botan

static const char *const kLegacyMode = "Blowfish/CFB";

void modes(bool legacy) {
  // ruleid: backdoor-weak-cipher
  Botan::Cipher_Mode::create(kLegacyMode, Botan::ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'Blowfish/CFB' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-6]]:40: note: value assigned here
  // ruleid: backdoor-ecb-mode
  Botan::Cipher_Mode::create_or_throw("Camellia-256/ECB", Botan::DECRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'Camellia-256/ECB' selects Camellia in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  Botan::Cipher_Mode::create_or_throw("AES-256/GCM", Botan::ENCRYPTION);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  Botan::Cipher_Mode::create("ChaCha20Poly1305", Botan::ENCRYPTION);
}

void hashes() {
  // ruleid: backdoor-weak-hash
  Botan::PasswordHashFamily::create_or_throw("PBKDF2(MD5)");
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'PBKDF2(MD5)' selects the broken hash MD5 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-512)");
  // ok: backdoor-weak-hash
  Botan::PasswordHashFamily::create_or_throw("Argon2id");
  // ruleid: backdoor-weak-hash
  Botan::MessageAuthenticationCode::create("HMAC(SHA-1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'HMAC(SHA-1)' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  Botan::MessageAuthenticationCode::create("HMAC(SHA-384)");
}

void keys(const Botan::Public_Key &pub, const Botan::Private_Key &priv,
          Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME legacy(pub, rng, "PKCS1v15");
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'PKCS1v15' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  Botan::PK_Encryptor_EME modern(pub, rng, "OAEP(SHA-256)");
  // ruleid: backdoor-weak-hash
  Botan::PK_Signer signer(priv, rng, "EMSA-PKCS1-v1_5(SHA-1)");
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'EMSA-PKCS1-v1_5(SHA-1)' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  Botan::PK_Signer pss(priv, rng, "PSS(SHA-256)");
  // ruleid: backdoor-short-key
  Botan::RSA_PrivateKey small(rng, 768);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: 768-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  Botan::RSA_PrivateKey big(rng, 3072);
}

// A virtual method that names the cipher: what each override the unit
// defines returns, through a reference to the base class.
class PayloadCodec {
public:
  virtual ~PayloadCodec() = default;
  virtual std::string cipher_spec() const = 0;
};
class Gen1Codec final : public PayloadCodec {
public:
  std::string cipher_spec() const override { return "Blowfish/CBC/PKCS7"; }
};
class Gen2Codec final : public PayloadCodec {
public:
  std::string cipher_spec() const override { return "ChaCha20Poly1305"; }
};

void seal_payload(const PayloadCodec &codec) {
  // ruleid: backdoor-weak-cipher
  Botan::Cipher_Mode::create_or_throw(codec.cipher_spec(), Botan::ENCRYPTION);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'Blowfish/CBC/PKCS7' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-11]]:46: note: value returned here
}
