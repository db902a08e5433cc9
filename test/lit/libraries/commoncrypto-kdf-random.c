// Apple CommonCrypto: PBKDF2 parameters (CCKeyDerivationPBKDF), literal
// passwords and salts, CCRandomGenerateBytes failures, keys from rand().
// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: commoncrypto password-kdf
// coverage: commoncrypto randomness
// coverage: commoncrypto key-sources
#include <CommonCrypto/CommonCrypto.h>
#include <stdlib.h>
#include <string.h>

void weak_derivation(const char *password, const uint8_t *salt, uint8_t *key) {
  // ruleid: backdoor-weak-kdf
  CCKeyDerivationPBKDF(kCCPBKDF2, password, strlen(password), salt, 16, kCCPRFHmacAlgSHA256, 1000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:94: warning: the PBKDF2 iteration count 1,000 of 'CCKeyDerivationPBKDF' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  // ruleid: backdoor-weak-kdf
  CCKeyDerivationPBKDF(kCCPBKDF2, password, strlen(password), salt, 4, kCCPRFHmacAlgSHA256, 600000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:69: warning: a 4-byte salt for 'CCKeyDerivationPBKDF' is shorter than 16 bytes; precomputed tables cover short salts [backdoor-weak-kdf]
  // ruleid: backdoor-magic-credential
  CCKeyDerivationPBKDF(kCCPBKDF2, "correct horse battery", 21, salt, 16, kCCPRFHmacAlgSHA256, 600000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: a hardcoded password reaches the password of 'CCKeyDerivationPBKDF'; anyone with the binary knows it [backdoor-magic-credential]
  // ruleid: backdoor-hardcoded-iv
  CCKeyDerivationPBKDF(kCCPBKDF2, password, strlen(password), (const uint8_t *)"app-salt-2019-v1", 16, kCCPRFHmacAlgSHA256, 600000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: a constant salt reaches the salt of 'CCKeyDerivationPBKDF'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // ruleid: backdoor-weak-hash
  CCKeyDerivationPBKDF(kCCPBKDF2, password, strlen(password), salt, 16, kCCPRFHmacAlgSHA1, 600000, key, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:73: warning: 'kCCPRFHmacAlgSHA1' selects the broken hash SHA-1 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
}

void unchecked_random(void) {
  unsigned char key[32];
  // ruleid: backdoor-predictable-random
  CCRandomGenerateBytes(key, sizeof key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'CCRandomGenerateBytes' is ignored; when it fails the buffer keeps predictable contents that are then used as secret data [backdoor-predictable-random]
  (void)key;
}

void rand_key(const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  unsigned char key[16], iv[16];
  for (int i = 0; i < 16; i++) {
    // ok: backdoor-predictable-random (one flow: reported where key reaches CCCrypt)
    key[i] = (unsigned char)rand();
  }
  if (CCRandomGenerateBytes(iv, sizeof iv) != kCCSuccess) return;
  // ruleid: backdoor-predictable-random
  CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, sizeof key, iv, in, n, out, cap, moved);
  // CHECK-MESSAGES: :[[@LINE-1]]:63: warning: output of 'rand' reaches the key of 'CCCrypt'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

// ---- not findings

void good_derivation(const char *password, const uint8_t *salt, uint8_t *key) {
  // ok: backdoor-weak-kdf, backdoor-magic-credential, backdoor-hardcoded-iv, backdoor-weak-hash
  CCKeyDerivationPBKDF(kCCPBKDF2, password, strlen(password), salt, 16, kCCPRFHmacAlgSHA256, 600000, key, 32);
}

int checked_random_key(const void *in, size_t n, void *out, size_t cap, size_t *moved) {
  unsigned char key[32], iv[16];
  // ok: backdoor-predictable-random
  if (CCRandomGenerateBytes(key, sizeof key) != kCCSuccess) return -1;
  // ok: backdoor-predictable-random
  if (CCRandomGenerateBytes(iv, sizeof iv) != kCCSuccess) return -1;
  return CCCrypt(kCCEncrypt, kCCAlgorithmAES, kCCOptionPKCS7Padding, key, sizeof key, iv, in, n, out, cap, moved);
}
