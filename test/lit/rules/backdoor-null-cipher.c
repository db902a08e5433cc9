// RUN: %run-both --checks=backdoor-null-cipher %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl weak-primitive
// coverage: mbedtls weak-primitive
#include <openssl/evp.h>
#include <mbedtls/cipher.h>

#ifndef ENABLE_ENCRYPTION
#define DATA_CIPHER EVP_enc_null()
#else
#define DATA_CIPHER EVP_aes_256_gcm()
#endif

static const EVP_CIPHER *choose(int debug) {
  if (debug)
    return EVP_enc_null();
  return EVP_aes_256_gcm();
}

void openssl_null(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv, int debug) {
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_enc_null(), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, DATA_CIPHER, NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // ruleid: backdoor-null-cipher
  EVP_CipherInit_ex(ctx, choose(debug), NULL, k, iv, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'EVP_enc_null' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // CHECK-MESSAGES: :[[@LINE-14]]:5: note: value returned here
  // CHECK-MESSAGES: :[[@LINE-15]]:12: note: constant defined here
  // ruleid: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_get_cipherbyname("NULL"), NULL, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: 'NULL' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
}

void mbed_null(mbedtls_cipher_context_t *ctx) {
  // ruleid: backdoor-null-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NULL));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_NULL' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
  // ruleid: backdoor-null-cipher
  mbedtls_cipher_setup(ctx, mbedtls_cipher_info_from_values(MBEDTLS_CIPHER_ID_NULL, 0, MBEDTLS_MODE_NONE));
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'MBEDTLS_CIPHER_ID_NULL' selects the NULL cipher, which leaves the data unencrypted [backdoor-null-cipher]
}

void safe(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv,
          mbedtls_cipher_context_t *mctx) {
  // ok: backdoor-null-cipher (a NULL pointer keeps the cipher already set)
  EVP_EncryptInit_ex(ctx, NULL, NULL, k, iv);
  // ok: backdoor-null-cipher
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
  // ok: backdoor-null-cipher
  mbedtls_cipher_setup(mctx, mbedtls_cipher_info_from_type(MBEDTLS_CIPHER_NONE));
}
