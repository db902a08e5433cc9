// RUN: %run-both --checks=backdoor-weak-cipher,backdoor-ecb-mode,backdoor-weak-hash,backdoor-short-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// libgcrypt names algorithms and modes with enumerators, passed apart.
// coverage: libgcrypt weak-primitive
#include <gcrypt.h>

int open_ciphers(gcry_cipher_hd_t *h, int legacy) {
  int algo = legacy ? GCRY_CIPHER_CAST5 : GCRY_CIPHER_AES256;
  // ruleid: backdoor-weak-cipher
  gcry_cipher_open(h, algo, GCRY_CIPHER_MODE_CBC, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'GCRY_CIPHER_CAST5' selects the legacy cipher CAST5 with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-5]]:23: note: constant defined here
  // ruleid: backdoor-weak-cipher
  gcry_cipher_open(h, GCRY_CIPHER_ARCFOUR, GCRY_CIPHER_MODE_STREAM, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'GCRY_CIPHER_ARCFOUR' selects the broken cipher RC4; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ruleid: backdoor-ecb-mode
  gcry_cipher_open(h, GCRY_CIPHER_TWOFISH, GCRY_CIPHER_MODE_ECB, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'GCRY_CIPHER_MODE_ECB' selects the block cipher in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-weak-cipher
  gcry_cipher_open(h, GCRY_CIPHER_RFC2268_40, GCRY_CIPHER_MODE_CFB, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'GCRY_CIPHER_RFC2268_40' selects the broken cipher RC2 with an export-grade 40-bit key; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  gcry_cipher_open(h, GCRY_CIPHER_AES192, GCRY_CIPHER_MODE_GCM, 0);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  return gcry_cipher_open(h, GCRY_CIPHER_CHACHA20, GCRY_CIPHER_MODE_STREAM, 0);
}

void digests(gcry_md_hd_t *md, gcry_mac_hd_t *mac, const char *pw, const unsigned char *salt) {
  // ruleid: backdoor-weak-hash
  gcry_md_open(md, GCRY_MD_SHA1, GCRY_MD_FLAG_HMAC);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'GCRY_MD_SHA1' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // A plain checksum is no finding.
  // ok: backdoor-weak-hash
  gcry_md_open(md, GCRY_MD_MD5, 0);
  // ok: backdoor-weak-hash
  gcry_md_open(md, GCRY_MD_SHA512, GCRY_MD_FLAG_HMAC);
  // ruleid: backdoor-weak-hash
  gcry_mac_open(mac, GCRY_MAC_HMAC_MD5, 0, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'GCRY_MAC_HMAC_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  gcry_mac_open(mac, GCRY_MAC_HMAC_SHA256, 0, 0);
  unsigned char out[32];
  // ruleid: backdoor-weak-hash
  gcry_kdf_derive(pw, 8, GCRY_KDF_PBKDF2, GCRY_MD_MD4, salt, 16, 200000, sizeof out, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: 'GCRY_MD_MD4' selects the broken hash MD4 for key derivation; the derived keys are only as strong as the hash [backdoor-weak-hash]
  // ok: backdoor-weak-hash
  gcry_kdf_derive(pw, 8, GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 200000, sizeof out, out);
}
