// Smoke test against Debian's libcrypto++-dev: algorithms, modes and schemes
// as template arguments, key sizes and LC_RNG, through the real headers.
// REQUIRES: cryptopp-headers
// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-rsa-without-oaep,backdoor-short-key,backdoor-predictable-random %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#define CRYPTOPP_ENABLE_NAMESPACE_WEAK 1
#include <crypto++/aes.h>
#include <crypto++/des.h>
#include <crypto++/hmac.h>
#include <crypto++/md5.h>
#include <crypto++/modes.h>
#include <crypto++/osrng.h>
#include <crypto++/pwdbased.h>
#include <crypto++/rng.h>
#include <crypto++/rsa.h>
#include <crypto++/sha.h>

using namespace CryptoPP;

void ciphers(const byte *key, const byte *iv) {
  // ruleid: backdoor-weak-cipher, backdoor-ecb-mode
  ECB_Mode<DES_EDE3>::Encryption legacy(key, 24);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'ECB_Mode<DES_EDE3>::Encryption' selects Triple DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'ECB_Mode<DES_EDE3>::Encryption' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  CBC_Mode<AES>::Encryption modern(key, 16, iv);
}

void schemes(const RSA::PublicKey &pub, const RSA::PrivateKey &priv, const byte *key) {
  // ruleid: backdoor-rsa-without-oaep
  RSAES<PKCS1v15>::Encryptor v15(pub);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'RSAES<PKCS1v15>::Encryptor' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ok: backdoor-rsa-without-oaep
  RSAES<OAEP<SHA256> >::Encryptor oaep(pub);
  // ruleid: backdoor-weak-hash
  RSASS<PKCS1v15, SHA1>::Signer signer(priv);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: 'RSASS<PKCS1v15, SHA1>::Signer' selects the broken hash SHA-1 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-weak-hash
  HMAC<Weak::MD5> mac(key, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'HMAC<Weak::MD5>' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  HMAC<SHA256> good(key, 32);
}

void sizes(RandomNumberGenerator &rng) {
  RSA::PrivateKey small;
  // ruleid: backdoor-short-key
  small.Initialize(rng, 1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  RSA::PrivateKey big;
  // ok: backdoor-short-key
  big.Initialize(rng, 3072);
}

void lcg(const byte *iv) {
  LC_RNG rng(42);
  byte key[16];
  // ok: backdoor-predictable-random (one flow: reported where key reaches the cipher)
  rng.GenerateBlock(key, sizeof key);
  CBC_Mode<AES>::Encryption enc;
  // ruleid: backdoor-predictable-random
  enc.SetKeyWithIV(key, sizeof key, iv, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: output of 'LC_RNG::GenerateBlock' reaches the 128-bit key of 'SimpleKeyingInterface::SetKeyWithIV'; a constant seeds it, so the value is the same in every run [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-8]]:10: note: seeded with a constant here
  AutoSeededRandomPool os;
  byte fresh[16];
  os.GenerateBlock(fresh, sizeof fresh);
  // ok: backdoor-predictable-random
  enc.SetKeyWithIV(fresh, sizeof fresh, iv, 16);
}
