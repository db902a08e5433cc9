// RUN: %run-both --checks=backdoor-ecb-mode %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl weak-primitive
// coverage: mbedtls weak-primitive
#include <openssl/evp.h>
#include <openssl/aes.h>
#include <mbedtls/cipher.h>
#include <mbedtls/aes.h>

#define BLOCK_MODE "ECB"

void openssl_ecb(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *in,
                 unsigned char *out, int use_fast) {
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_aes_128_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_DecryptInit_ex(ctx, EVP_aes_256_ecb(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_aes_256_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname("aes-192-ecb"), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'aes-192-ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_CIPHER_fetch(NULL, "AES-128-" BLOCK_MODE, NULL), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'AES-128-ECB' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbynid(NID_aes_128_ecb), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'NID_aes_128_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_camellia_128_ecb(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_camellia_128_ecb' selects Camellia in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  const EVP_CIPHER *c = use_fast ? EVP_aes_128_ecb() : EVP_aes_128_gcm();
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, c, NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_aes_128_ecb' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: value assigned here
  // CHECK-MESSAGES: :[[@LINE-5]]:36: note: constant defined here
  AES_KEY key;
  AES_set_encrypt_key(k, 128, &key);
  // ruleid: backdoor-ecb-mode
  AES_ecb_encrypt(in, out, &key, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'AES_ecb_encrypt' uses AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
}

void weak_and_ecb(EVP_CIPHER_CTX *ctx, const unsigned char *k) {
  // DES in ECB mode is both a weak cipher and ECB: this check reports the mode.
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_des_ecb(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_des_ecb' selects DES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_bf_ecb(), NULL, k, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_bf_ecb' selects Blowfish in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
}

void mbed_ecb(mbedtls_cipher_context_t *ctx, mbedtls_aes_context *aes, const unsigned char *in,
              unsigned char *out) {
  // ruleid: backdoor-ecb-mode
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_AES_128_ECB));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_AES_128_ECB' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_string("AES-256-ECB"));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'AES-256-ECB' selects AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
  // ruleid: backdoor-ecb-mode
  mbedtls_aes_crypt_ecb(aes, 1, in, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'mbedtls_aes_crypt_ecb' uses AES in ECB mode, which encrypts equal blocks to equal ciphertext and leaks the structure of the plaintext [backdoor-ecb-mode]
}

void safe(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv,
          mbedtls_aes_context *aes, unsigned char *buf) {
  // ok: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, k, iv);
  // ok: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
  // ok: backdoor-ecb-mode
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname("aes-128-ctr"), NULL, k, iv);
  // ok: backdoor-ecb-mode
  mbedtls_aes_crypt_cbc(aes, 1, 16, buf, buf, buf);
  // ok: backdoor-ecb-mode (RC4 is a stream cipher; it has no ECB mode)
  EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, k, NULL);
}
