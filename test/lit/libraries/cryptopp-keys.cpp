// RUN: %run-both --checks=backdoor-short-key,backdoor-hardcoded-key,backdoor-hardcoded-iv,backdoor-weak-kdf,backdoor-magic-credential %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp key-size
// coverage: cryptopp hardcoded-key
// coverage: cryptopp hardcoded-iv
// coverage: cryptopp password-kdf
// Crypto++ key sizes (InvertibleRSAFunction, DSA and DH group generation),
// constant keys and IVs (SetKeyWithIV) and PBKDF2 parameters.
#include <cryptopp/aes.h>

using namespace CryptoPP;

void sizes(RandomNumberGenerator &rng, DH &dh) {
  RSA::PrivateKey small;
  // ruleid: backdoor-short-key
  small.Initialize(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  InvertibleRSAFunction tiny;
  // ruleid: backdoor-short-key
  tiny.GenerateRandomWithKeySize(rng, 512);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  dh.AccessGroupParameters().Initialize(rng, 768);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 768-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]
  DSA::PrivateKey dsa;
  // ruleid: backdoor-short-key
  dsa.Initialize(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 1024-bit DSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  RSA::PrivateKey big;
  // ok: backdoor-short-key
  big.Initialize(rng, 3072);
  // ok: backdoor-short-key
  dh.AccessGroupParameters().Initialize(rng, 2048);
}

static const byte kKey[16] = {0x8d, 0x21, 0xf3, 0x5a, 0x06, 0xc9, 0x7e, 0x14,
                              0xb2, 0x4f, 0x90, 0x3b, 0xe7, 0x68, 0x0d, 0xa5};
static const byte kIv[16] = {0};

void keys(RandomNumberGenerator &rng) {
  CBC_Mode<AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key, backdoor-hardcoded-iv
  enc.SetKeyWithIV(kKey, sizeof kKey, kIv, sizeof kIv);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: hardcoded key 'kKey' reaches the key of 'SimpleKeyingInterface::SetKeyWithIV'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-9]]:30: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-3]]:39: warning: constant IV 'kIv' reaches the IV of 'SimpleKeyingInterface::SetKeyWithIV'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-9]]:29: note: constant defined here
  byte fresh[16], nonce[16];
  rng.GenerateBlock(fresh, sizeof fresh);
  rng.GenerateBlock(nonce, sizeof nonce);
  CBC_Mode<AES>::Encryption good;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  good.SetKeyWithIV(fresh, sizeof fresh, nonce, sizeof nonce);
}

// ECB's SetKey is an inline override in Crypto++'s header: the project's
// call is reported (the base's model), not the header's call of its cipher.
void ecb_keys(void) {
  ECB_Mode<AES>::Encryption enc;
  // ruleid: backdoor-hardcoded-key
  enc.SetKey(kKey, sizeof kKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: hardcoded key 'kKey' reaches the key of 'ECB_OneWay::SetKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-27]]:30: note: constant defined here
}

void kdf(RandomNumberGenerator &rng, const char *password, size_t len) {
  PKCS5_PBKDF2_HMAC<SHA256> pbkdf;
  byte derived[32];
  static const byte kSalt[] = "NaCl-salt-value";
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  pbkdf.DeriveKey(derived, sizeof derived, 0, (const byte *)password, len, kSalt, sizeof kSalt, 1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:76: warning: constant salt 'kSalt' reaches the salt of 'PKCS5_PBKDF2_HMAC::DeriveKey'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-2]]:97: warning: the PBKDF2 iteration count 1,000 of 'PKCS5_PBKDF2_HMAC::DeriveKey' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  byte salt[16];
  rng.GenerateBlock(salt, sizeof salt);
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  pbkdf.DeriveKey(derived, sizeof derived, 0, (const byte *)password, len, salt, sizeof salt, 310000);
}
