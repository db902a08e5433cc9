// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-rsa-without-oaep %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp weak-primitive
// Crypto++ names ciphers, modes, paddings and hashes in template arguments:
// the class of each object is read as written and in its canonical form.
#include <cryptopp/aes.h>

using namespace CryptoPP;

void ciphers(const byte *key, const byte *iv) {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  ECB_Mode<DES_EDE3>::Encryption legacy(key, 24, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'ECB_Mode<DES_EDE3>::Encryption' selects Triple DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'ECB_Mode<DES_EDE3>::Encryption' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-ecb-mode
  CryptoPP::ECB_Mode<CryptoPP::AES>::Decryption ecb;
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: '{{(CryptoPP::)?}}ECB_Mode<CryptoPP::AES>::Decryption' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  ecb.SetKey(key, 16);
  // ruleid: backdoor-weak-cipher
  DES::Encryption single(key, 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'DES::Encryption' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  typedef CBC_Mode<Blowfish>::Encryption BlowfishCbc;
  // ruleid: backdoor-weak-cipher
  BlowfishCbc *bf = new BlowfishCbc(key, 16, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'BlowfishCbc' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  delete bf;
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  CBC_Mode<AES>::Encryption modern(key, 16, iv);
  // ok: backdoor-weak-cipher
  AES::Encryption block(key, 32);
}

void schemes(const RSA::PublicKey &pub, const RSA::PrivateKey &priv, const byte *key) {
  // ruleid: backdoor-rsa-without-oaep
  RSAES<PKCS1v15>::Encryptor v15(pub);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'RSAES<PKCS1v15>::Encryptor' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep, backdoor-weak-hash
  RSAES<OAEP<SHA1> >::Encryptor oaep(pub);
  // ruleid: backdoor-weak-hash
  RSASS<PKCS1v15, SHA1>::Signer signer(priv);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'RSASS<PKCS1v15, SHA1>::Signer' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ok: backdoor-weak-hash, backdoor-rsa-without-oaep
  RSASS<PKCS1v15, SHA256>::Signer strong(priv);
  // ruleid: backdoor-weak-hash
  HMAC<Weak::MD5> mac(key, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'HMAC<Weak::MD5>' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  HMAC<SHA256> good(key, 32);
  // ruleid: backdoor-weak-hash
  PKCS5_PBKDF2_HMAC<SHA1> kdf;
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'PKCS5_PBKDF2_HMAC<SHA1>' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  // (a checksum, not a security use)
  Weak::MD5 checksum;
  byte digest[16];
  checksum.CalculateDigest(digest, key, 16);
}

// A function template of the main file whose type argument picks the hash:
// reported where the call instantiates it with a weak one, the template's
// construction a note; the SHA-256 instantiation is silent, and a template
// that names SHA-1 itself is reported in its body.
template <class Mac> void tag(const byte *key, size_t n) {
  Mac mac(key, n);
  (void)mac;
}

template <class T> void fixed_tag(const byte *key, T n) {
  // ruleid: backdoor-weak-hash
  HMAC<SHA1> mac(key, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'HMAC<SHA1>' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
}

void settlement(const byte *key) {
  // ruleid: backdoor-weak-hash
  tag<HMAC<SHA1>>(key, 20);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'HMAC<{{(CryptoPP::)?}}SHA1>' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // CHECK-MESSAGES: :[[@LINE-14]]:7: note: 'tag' uses it here
  // ok: backdoor-weak-hash
  tag<HMAC<SHA256>>(key, 32);
  fixed_tag(key, 20);
}
