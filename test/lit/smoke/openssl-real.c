// Smoke test against the real OpenSSL 3 headers (Debian's libssl-dev): the
// models hold for the real macros (EVP_SignInit_ex, EVP_RSA_gen, EVP_EC_gen,
// OSSL_PARAM_int) and declarations, not only for the mock headers.
// REQUIRES: openssl-headers
// RUN: %run-both %s -- -Wno-deprecated-declarations | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl weak-primitive
// coverage: openssl key-size
#include <openssl/core_names.h>
#include <openssl/des.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/rsa.h>

void real(EVP_CIPHER_CTX *ctx, EVP_MD_CTX *md, EVP_PKEY_CTX *pctx, const unsigned char *k,
          RSA *rsa, unsigned char *out) {
  // ruleid: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_ede3_cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_CIPHER_fetch(NULL, "AES-128-ECB", NULL), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'AES-128-ECB' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-weak-hash
  EVP_SignInit_ex(md, EVP_md5(), NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'EVP_md5' selects the broken hash MD5 for a signature; collisions let an attacker forge signed data [backdoor-weak-hash]
  // ruleid: backdoor-short-key
  EVP_RSA_gen(1024);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-short-key
  EVP_EC_gen("prime192v1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the 192-bit curve 'prime192v1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  int bits = 512;
  OSSL_PARAM params[] = {
      // ruleid: backdoor-short-key
      OSSL_PARAM_int(OSSL_PKEY_PARAM_RSA_BITS, &bits),
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 512-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
      // CHECK-MESSAGES: :[[@LINE-5]]:14: note: value assigned here
      OSSL_PARAM_END};
  EVP_PKEY_CTX_set_params(pctx, params);
  // ruleid: backdoor-rsa-without-oaep
  RSA_public_encrypt(16, k, out, rsa, RSA_PKCS1_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // ruleid: backdoor-short-key
  EC_KEY_new_by_curve_name(NID_secp160r1);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the 160-bit curve 'NID_secp160r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // ruleid: backdoor-weak-hash
  HMAC(EVP_sha1(), k, 16, k, 16, out, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'EVP_sha1' selects the broken hash SHA-1 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  DES_key_schedule ks;
  // ruleid: backdoor-weak-cipher
  DES_set_key_unchecked((const_DES_cblock *)k, &ks);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'DES_set_key_unchecked' uses the broken cipher DES; data encrypted with it can be recovered without the key [backdoor-weak-cipher]
  // ok: backdoor-weak-hash
  EVP_DigestInit_ex(md, EVP_md5(), NULL);
  // ok: backdoor-short-key
  EVP_RSA_gen(3072);
  // ok: backdoor-weak-cipher
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, NULL);
}
