// Apple CommonCrypto: algorithms and key lengths of CCCrypt and CCCryptor,
// the ECB option bit, NULL IVs (all zero in CBC mode), constant keys and IVs.
// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: commoncrypto weak-primitive
// coverage: commoncrypto key-size
// coverage: commoncrypto hardcoded-key
// coverage: commoncrypto hardcoded-iv
#include <CommonCrypto/CommonCrypto.h>

// ruleid: backdoor-secret-literal
static const unsigned char kAppKey[32] = {
// CHECK-MESSAGES: :[[@LINE-1]]:42: warning: variable 'kAppKey' holds 32 random-looking bytes, which looks like a real secret; anyone with the source or the binary has it [backdoor-secret-literal]
    0x3a, 0x91, 0x5e, 0x07, 0xc4, 0x28, 0xbd, 0x63, 0x1f, 0xa8, 0x72, 0xe9, 0x0b, 0x54, 0xd6, 0x8c,
    0x47, 0x2e, 0xf1, 0x99, 0x60, 0x3d, 0xb5, 0x0a, 0xce, 0x81, 0x16, 0x7b, 0xe4, 0x5f, 0x92, 0x23};
static const unsigned char kAppIv[16] = {0x6d, 0x21, 0xf0, 0x9e, 0x44, 0xb7, 0x0c, 0x58,
                                         0xa3, 0x1b, 0xd9, 0x72, 0x35, 0xce, 0x80, 0x4f};

void weak_algorithms(const unsigned char *key, const unsigned char *iv, const void *in,
                     size_t n, void *out, size_t cap, size_t *moved, CCCryptorRef *c) {
  // ruleid: backdoor-weak-cipher, backdoor-short-key
  CCCrypt(kCCEncrypt, kCCAlgorithmDES, kCCOptionPKCS7Padding, key, kCCKeySizeDES, iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'kCCAlgorithmDES' selects the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-2]]:68: warning: 64-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
  // ruleid: backdoor-weak-cipher
  CCCrypt(kCCEncrypt, kCCAlgorithm3DES, kCCOptionPKCS7Padding, key, kCCKeySize3DES, iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'kCCAlgorithm3DES' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  CCCryptorCreate(kCCEncrypt, kCCAlgorithmRC4, 0, key, 16, NULL, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'kCCAlgorithmRC4' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-weak-cipher
  CCCrypt(kCCDecrypt, kCCAlgorithmBlowfish, kCCOptionPKCS7Padding, key, 16, iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'kCCAlgorithmBlowfish' selects the legacy cipher Blowfish with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-ecb-mode
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding | kCCOptionECBMode, key, kCCKeySizeAES256, NULL, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'kCCOptionECBMode' selects the block cipher in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  CCCryptorCreateWithMode(kCCEncrypt, kCCModeECB, kCCAlgorithmAES, ccPKCS7Padding, NULL, key, 32, NULL, 0, 0, 0, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'kCCModeECB' selects the block cipher in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-weak-hash
  CCHmac(kCCHmacAlgMD5, key, 32, in, n, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'kCCHmacAlgMD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
}

void short_keys(const unsigned char *key, const unsigned char *iv, const void *in, size_t n,
                void *out, size_t cap, size_t *moved, CCCryptorRef *c) {
  // ruleid: backdoor-short-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, 8, iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:68: warning: 64-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  CCCryptorCreateWithMode(kCCEncrypt, kCCModeCTR, kCCAlgorithmAES, ccNoPadding, iv, key, 5, NULL, 0, 0, kCCModeOptionCTR_BE, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:90: warning: 40-bit symmetric key is too short and can be found by exhaustive search; use at least 128 bits [backdoor-short-key]
}

void constants(const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  // ruleid: backdoor-hardcoded-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, kAppKey, sizeof kAppKey, kAppIv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: hardcoded key 'kAppKey' reaches the key of 'CCCrypt'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-47]]:42: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-3]]:88: warning: constant IV 'kAppIv' reaches the IV of 'CCCrypt'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // CHECK-MESSAGES: :[[@LINE-45]]:41: note: constant defined here
}

void iv_from_null(const unsigned char *key, const void *in, size_t n, void *out, size_t cap,
                  size_t *moved, CCCryptorRef *c) {
  // CBC is CommonCrypto's default: a NULL IV is sixteen zero bytes.
  // ruleid: backdoor-hardcoded-iv
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, kCCKeySizeAES256, NULL, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:86: warning: a NULL IV reaches the IV of 'CCCrypt', which then uses all zero bytes; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
  // ruleid: backdoor-hardcoded-iv
  CCCryptorCreate(kCCDecrypt, kCCAlgorithmAES, 0, key, kCCKeySizeAES128, 0, c);
  // CHECK-MESSAGES: :[[@LINE-1]]:74: warning: a NULL IV reaches the IV of 'CCCryptorCreate', which then uses all zero bytes; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
}

// ---- not findings

void modern(const unsigned char *key, const unsigned char *iv, const void *in, size_t n, void *out,
            size_t cap, size_t *moved, CCCryptorRef *c, CCOptions opts) {
  // ok: backdoor-weak-cipher, backdoor-ecb-mode, backdoor-hardcoded-iv, backdoor-short-key
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, kCCKeySizeAES256, iv, in, n, out, cap, moved);
  // ok: backdoor-ecb-mode, backdoor-short-key
  CCCryptorCreateWithMode(kCCEncrypt, kCCModeCTR, kCCAlgorithmAES, ccNoPadding, iv, key, 32, NULL, 0, 0, kCCModeOptionCTR_BE, c);
  // ok: backdoor-weak-hash
  CCHmac(kCCHmacAlgSHA256, key, 32, in, n, out);
  // ok: backdoor-hardcoded-iv (the options come from the caller: the mode is unknown)
  CCCryptorCreate(kCCEncrypt, kCCAlgorithmAES, opts, key, kCCKeySizeAES128, NULL, c);
}

void run_time_keys(const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  unsigned char key[32], iv[16];
  if (CCRandomGenerateBytes(key, sizeof key) != kCCSuccess) return;
  if (CCRandomGenerateBytes(iv, sizeof iv) != kCCSuccess) return;
  // ok: backdoor-hardcoded-key, backdoor-hardcoded-iv
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, sizeof key, iv, in, n, out, cap, moved);
}
