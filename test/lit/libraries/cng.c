// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-rsa-without-oaep,backdoor-short-key,backdoor-hardcoded-key,backdoor-hardcoded-iv,backdoor-weak-kdf,backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cng weak-primitive
// coverage: cng key-size
// coverage: cng hardcoded-key
// coverage: cng hardcoded-iv
// coverage: cng password-kdf
// coverage: cng randomness
// Windows CNG: algorithm identifier strings, the chaining mode property,
// key blobs, PBKDF2 parameters and BCryptGenRandom.
#include <windows.h>
#include <bcrypt.h>
#include <string.h>

void algorithms(void) {
  BCRYPT_ALG_HANDLE des, rc4, md5, aes, sha;
  // ruleid: backdoor-weak-cipher
  BCryptOpenAlgorithmProvider(&des, BCRYPT_DES_ALGORITHM, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'BCRYPT_DES_ALGORITHM' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  BCryptOpenAlgorithmProvider(&rc4, BCRYPT_RC4_ALGORITHM, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'BCRYPT_RC4_ALGORITHM' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-hash
  BCryptOpenAlgorithmProvider(&md5, BCRYPT_MD5_ALGORITHM, NULL, BCRYPT_ALG_HANDLE_HMAC_FLAG);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'BCRYPT_MD5_ALGORITHM' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  BCryptOpenAlgorithmProvider(&sha, BCRYPT_MD5_ALGORITHM, NULL, 0);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  BCryptOpenAlgorithmProvider(&aes, BCRYPT_AES_ALGORITHM, NULL, 0);
  // ruleid: backdoor-ecb-mode
  BCryptSetProperty(aes, BCRYPT_CHAINING_MODE, (UCHAR *)BCRYPT_CHAIN_MODE_ECB, sizeof(BCRYPT_CHAIN_MODE_ECB), 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'BCRYPT_CHAIN_MODE_ECB' selects the block cipher in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ok: backdoor-ecb-mode
  BCryptSetProperty(aes, BCRYPT_CHAINING_MODE, (UCHAR *)BCRYPT_CHAIN_MODE_GCM, sizeof(BCRYPT_CHAIN_MODE_GCM), 0);
}

void rsa(BCRYPT_ALG_HANDLE unused, UCHAR *in, UCHAR *out, ULONG *outlen) {
  BCRYPT_ALG_HANDLE alg;
  BCRYPT_KEY_HANDLE small, big;
  BCryptOpenAlgorithmProvider(&alg, BCRYPT_RSA_ALGORITHM, NULL, 0);
  // ruleid: backdoor-short-key
  BCryptGenerateKeyPair(alg, &small, 1024, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ok: backdoor-short-key
  BCryptGenerateKeyPair(alg, &big, 3072, 0);
  // ruleid: backdoor-rsa-without-oaep
  BCryptEncrypt(big, in, 32, NULL, NULL, 0, out, 384, outlen, BCRYPT_PAD_PKCS1);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: 'BCRYPT_PAD_PKCS1' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
}

static const UCHAR kSecret[32] = {0x3a, 0x91, 0x5c, 0x07, 0xe2, 0x48, 0xbd, 0x16, 0x9f, 0x63, 0xc4,
                                  0x2e, 0x71, 0xd8, 0x05, 0xaa, 0x4b, 0xf0, 0x36, 0x8c, 0x52, 0xe9,
                                  0x1d, 0x77, 0xb0, 0x6a, 0xc3, 0x24, 0x8e, 0x5f, 0x13, 0xd1};
static UCHAR kIv[16] = {0};

void keys(BCRYPT_ALG_HANDLE aes, UCHAR *in, UCHAR *out, ULONG *outlen) {
  BCRYPT_KEY_HANDLE key, fresh_key;
  // ruleid: backdoor-hardcoded-key
  BCryptGenerateSymmetricKey(aes, &key, NULL, 0, (UCHAR *)kSecret, sizeof kSecret, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: hardcoded key 'kSecret' reaches the key of 'BCryptGenerateSymmetricKey'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // ruleid: backdoor-hardcoded-iv
  BCryptEncrypt(key, in, 32, NULL, kIv, sizeof kIv, out, 48, outlen, BCRYPT_BLOCK_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: constant IV 'kIv' reaches the IV of 'BCryptEncrypt'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  UCHAR secret[32], iv[16];
  // ok: backdoor-predictable-random
  if (BCryptGenRandom(NULL, secret, sizeof secret, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return;
  if (BCryptGenRandom(NULL, iv, sizeof iv, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return;
  // ok: backdoor-hardcoded-key
  BCryptGenerateSymmetricKey(aes, &fresh_key, NULL, 0, secret, sizeof secret, 0);
  // ok: backdoor-hardcoded-iv
  BCryptEncrypt(fresh_key, in, 32, NULL, iv, sizeof iv, out, 48, outlen, BCRYPT_BLOCK_PADDING);
}

static const UCHAR kPrivBlob[] = {0x52, 0x53, 0x41, 0x32, 0x00, 0x08, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
                                  0x80, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00,
                                  0xc1, 0x5e, 0x92, 0x0b, 0x7d, 0xe4, 0x38, 0xa6, 0xf1, 0x29, 0x6c, 0xb3};
static const UCHAR kPubBlob[] = {0x52, 0x53, 0x41, 0x31, 0x00, 0x08, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00};

void key_pairs(BCRYPT_ALG_HANDLE rsa_alg) {
  BCRYPT_KEY_HANDLE priv, pub;
  // ruleid: backdoor-hardcoded-key
  BCryptImportKeyPair(rsa_alg, NULL, BCRYPT_RSAPRIVATE_BLOB, &priv, (UCHAR *)kPrivBlob, sizeof kPrivBlob, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:69: warning: hardcoded private key 'kPrivBlob' reaches the private key of 'BCryptImportKeyPair'; anyone with the binary can decrypt and sign as its owner [backdoor-hardcoded-key]
  // ok: backdoor-hardcoded-key
  BCryptImportKeyPair(rsa_alg, NULL, BCRYPT_RSAPUBLIC_BLOB, &pub, (UCHAR *)kPubBlob, sizeof kPubBlob, 0);
}

void pbkdf2(BCRYPT_ALG_HANDLE prf, UCHAR *password, ULONG len, UCHAR *out) {
  static UCHAR kSalt[16] = "fixed-salt-2026";
  // ruleid: backdoor-weak-kdf, backdoor-hardcoded-iv
  BCryptDeriveKeyPBKDF2(prf, password, len, kSalt, sizeof kSalt, 1000, out, 32, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: constant salt 'kSalt' reaches the salt of 'BCryptDeriveKeyPBKDF2'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-2]]:66: warning: the PBKDF2 iteration count 1,000 of 'BCryptDeriveKeyPBKDF2' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  UCHAR salt[16];
  if (BCryptGenRandom(NULL, salt, sizeof salt, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return;
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
  BCryptDeriveKeyPBKDF2(prf, password, len, salt, sizeof salt, 600000, out, 32, 0);
}

void unchecked_random(BCRYPT_ALG_HANDLE aes) {
  UCHAR secret[32];
  BCRYPT_KEY_HANDLE key;
  // ruleid: backdoor-predictable-random
  BCryptGenRandom(NULL, secret, sizeof secret, BCRYPT_USE_SYSTEM_PREFERRED_RNG);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'BCryptGenRandom' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  BCryptGenerateSymmetricKey(aes, &key, NULL, 0, secret, sizeof secret, 0);
}
