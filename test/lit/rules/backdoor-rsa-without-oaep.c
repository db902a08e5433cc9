// RUN: %run-both --checks=backdoor-rsa-without-oaep %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl weak-primitive
// coverage: mbedtls weak-primitive
#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <mbedtls/rsa.h>

#define PAD_MODE RSA_PKCS1_PADDING

int legacy_encrypt(RSA *rsa, const unsigned char *in, int n, unsigned char *out) {
  // ruleid: backdoor-rsa-without-oaep
  return RSA_public_encrypt(n, in, out, rsa, RSA_PKCS1_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
}

int raw_encrypt(RSA *rsa, const unsigned char *in, int n, unsigned char *out) {
  // ruleid: backdoor-rsa-without-oaep
  return RSA_public_encrypt(n, in, out, rsa, RSA_NO_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: 'RSA_NO_PADDING' turns RSA encryption into raw textbook RSA, which is deterministic and malleable; use OAEP [backdoor-rsa-without-oaep]
}

int decrypt(RSA *rsa, const unsigned char *in, int n, unsigned char *out) {
  int padding = PAD_MODE;
  // ruleid: backdoor-rsa-without-oaep
  return RSA_private_decrypt(n, in, out, rsa, padding);
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA decryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: value assigned here
}

int evp_encrypt(EVP_PKEY *pkey, const unsigned char *in, size_t n, unsigned char *out,
                size_t *outlen) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, NULL);
  EVP_PKEY_encrypt_init(ctx);
  // ruleid: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'RSA_PKCS1_PADDING' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  return EVP_PKEY_encrypt(ctx, out, outlen, in, n);
}

int ossl3_params(EVP_PKEY_CTX *ctx) {
  OSSL_PARAM params[2];
  // ruleid: backdoor-rsa-without-oaep
  params[0] = OSSL_PARAM_construct_utf8_string("pad-mode", "pkcs1", 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:60: warning: 'pkcs1' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  params[1] = OSSL_PARAM_construct_end();
  return EVP_PKEY_CTX_set_params(ctx, params);
}

int mbed_encrypt(mbedtls_rsa_context *rsa, const unsigned char *in, size_t n, unsigned char *out) {
  // ruleid: backdoor-rsa-without-oaep (the context then encrypts)
  mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V15, MBEDTLS_MD_NONE);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'MBEDTLS_RSA_PKCS_V15' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  int rc = mbedtls_rsa_pkcs1_encrypt(rsa, 0, 0, n, in, out);
  // ruleid: backdoor-rsa-without-oaep
  rc |= mbedtls_rsa_rsaes_pkcs1_v15_encrypt(rsa, 0, 0, n, in, out);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'mbedtls_rsa_rsaes_pkcs1_v15_encrypt' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  return rc;
}

// Negative cases.
int oaep(RSA *rsa, const unsigned char *in, int n, unsigned char *out, EVP_PKEY *pkey) {
  // ok: backdoor-rsa-without-oaep
  int r = RSA_public_encrypt(n, in, out, rsa, RSA_PKCS1_OAEP_PADDING);
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, NULL);
  EVP_PKEY_encrypt_init(ctx);
  // ok: backdoor-rsa-without-oaep
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_OAEP_PADDING);
  return r;
}

int sign_pkcs1(EVP_PKEY *pkey, unsigned char *sig, size_t *siglen, const unsigned char *d, size_t n) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, NULL);
  EVP_PKEY_sign_init(ctx);
  // ok: backdoor-rsa-without-oaep (PKCS#1 v1.5 signatures are not the encryption padding)
  EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING);
  return EVP_PKEY_sign(ctx, sig, siglen, d, n);
}

int raw_signature(RSA *rsa, const unsigned char *in, int n, unsigned char *out, int pad) {
  // ok: backdoor-rsa-without-oaep (RSA_private_encrypt is signing)
  int r = RSA_private_encrypt(n, in, out, rsa, RSA_PKCS1_PADDING);
  // ok: backdoor-rsa-without-oaep (the padding comes from the caller)
  return r + RSA_public_encrypt(n, in, out, rsa, pad);
}

int mbed_sign(mbedtls_rsa_context *rsa, const unsigned char *h, unsigned char *sig) {
  // ok: backdoor-rsa-without-oaep (the context only signs)
  mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V15, MBEDTLS_MD_SHA256);
  return mbedtls_rsa_pkcs1_sign(rsa, 0, 0, MBEDTLS_MD_SHA256, 32, h, sig);
}
