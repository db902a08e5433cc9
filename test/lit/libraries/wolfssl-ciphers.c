// Cipher modes wolfCrypt selects by the call that encrypts: ECB through
// wc_AesEcbEncrypt, DES and 3DES through their CBC and ECB calls, against
// Debian's real headers (libwolfssl-dev).
// REQUIRES: wolfssl-headers
// RUN: %run-both --checks='backdoor-ecb-mode,backdoor-weak-cipher,backdoor-hardcoded-key' %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: wolfssl weak-primitive
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <wolfssl/wolfcrypt/des3.h>
#include <wolfssl/wolfcrypt/wc_encrypt.h>

int seal_block(Aes *aes, const byte *key, byte *out, const byte *in, word32 n) {
  // ok: backdoor-ecb-mode (the key alone selects no mode)
  if (wc_AesSetKey(aes, key, 16, NULL, AES_ENCRYPTION) != 0) return -1;
  // ruleid: backdoor-ecb-mode
  return wc_AesEcbEncrypt(aes, out, in, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'wc_AesEcbEncrypt' uses AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
}

int legacy_block(Des3 *des, const byte *key, const byte *iv, byte *out, const byte *in, word32 n) {
  // ruleid: backdoor-weak-cipher
  if (wc_Des3_SetKey(des, key, iv, DES_ENCRYPTION) != 0) return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'wc_Des3_SetKey' uses the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ok: backdoor-weak-cipher (the same 3DES object, reported where it was keyed)
  return wc_Des3_CbcEncrypt(des, out, in, n);
}

int one_shot(byte *out, const byte *in, word32 n, const byte *key, const byte *iv) {
  // ruleid: backdoor-weak-cipher
  return wc_Des3_CbcEncryptWithKey(out, in, n, key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'wc_Des3_CbcEncryptWithKey' uses the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
}

int modern(Aes *aes, const byte *key, const byte *iv, byte *out, const byte *in, word32 n) {
  if (wc_AesSetKey(aes, key, 32, iv, AES_ENCRYPTION) != 0) return -1;
  // ok: backdoor-ecb-mode
  return wc_AesCbcEncrypt(aes, out, in, n);
}
