// REQUIRES: openssl-headers
// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-hardcoded-iv,backdoor-weak-kdf,backdoor-magic-credential %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// OpenSSL 3 KDF and MAC inputs bound by OSSL_PARAM initializers (the
// OSSL_PARAM_octet_string and OSSL_PARAM_uint macros, or the five fields
// written out): the key, salt, password and iteration count a parameter's
// name selects are read where the initializer binds them, as the
// OSSL_PARAM_construct_* calls are. Real headers.
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <string.h>

static unsigned char kDeviceSalt[16] = {0x5e, 0x91, 0x0c, 0x3a, 0xd7, 0x22, 0x8b, 0x46,
                                        0xf0, 0x19, 0x6d, 0xa4, 0x33, 0xce, 0x78, 0x05};
static unsigned char kFleetKey[32] = {
    0x93, 0x4a, 0x1e, 0xc7, 0x08, 0x6b, 0xf2, 0x35, 0xaa, 0x51, 0x0d, 0xe9, 0x74, 0x2c, 0xb8, 0x66,
    0x1f, 0xd3, 0x47, 0x90, 0x5b, 0xe0, 0x29, 0x8e, 0xc2, 0x3d, 0x71, 0x04, 0xbf, 0x58, 0xa6, 0x1b};
static char kInfo[] = "fleet telemetry v2";
static const unsigned int kLegacyRounds = 2048;

int fleet_mac(const unsigned char *msg, size_t n, unsigned char *tag, size_t *taglen) {
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  EVP_MAC_CTX *ctx = EVP_MAC_CTX_new(mac);
  OSSL_PARAM params[] = {
      OSSL_PARAM_utf8_string(OSSL_MAC_PARAM_DIGEST, "SHA256", 0),
      // ruleid: backdoor-hardcoded-key
      OSSL_PARAM_octet_string(OSSL_MAC_PARAM_KEY, kFleetKey, sizeof kFleetKey),
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: hardcoded key 'kFleetKey' reaches the key of 'OSSL_PARAM'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
      OSSL_PARAM_END};
  int ok = EVP_MAC_init(ctx, NULL, 0, params) && EVP_MAC_update(ctx, msg, n) &&
           EVP_MAC_final(ctx, tag, taglen, 32);
  EVP_MAC_CTX_free(ctx);
  EVP_MAC_free(mac);
  return ok;
}

int derive_device_key(const char *pw, unsigned char out[32]) {
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(EVP_KDF_fetch(NULL, "PBKDF2", NULL));
  unsigned int rounds = kLegacyRounds;
  OSSL_PARAM params[] = {
      // ok: backdoor-magic-credential
      OSSL_PARAM_octet_string(OSSL_KDF_PARAM_PASSWORD, (void *)pw, strlen(pw)),
      // ruleid: backdoor-hardcoded-iv
      {OSSL_KDF_PARAM_SALT, OSSL_PARAM_OCTET_STRING, kDeviceSalt, sizeof kDeviceSalt, OSSL_PARAM_UNMODIFIED},
      // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: constant salt 'kDeviceSalt' reaches the salt of 'OSSL_PARAM'; one precomputation then attacks every password [backdoor-hardcoded-iv]
      // ruleid: backdoor-weak-kdf
      OSSL_PARAM_uint(OSSL_KDF_PARAM_ITER, &rounds),
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the PBKDF2 iteration count 2,048 of 'OSSL_PARAM' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
      OSSL_PARAM_END};
  return EVP_KDF_derive(kctx, out, 32, params);
}

int derive_session_key(const unsigned char *secret, size_t n, const unsigned char *salt,
                       unsigned char out[32]) {
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(EVP_KDF_fetch(NULL, "HKDF", NULL));
  unsigned int strong = 600000;
  OSSL_PARAM params[] = {
      // ok: backdoor-hardcoded-key
      OSSL_PARAM_octet_string(OSSL_KDF_PARAM_KEY, (void *)secret, n),
      // ok: backdoor-hardcoded-iv
      OSSL_PARAM_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, 16),
      // ok: backdoor-hardcoded-iv (a label, not a salt)
      OSSL_PARAM_octet_string(OSSL_KDF_PARAM_INFO, kInfo, strlen(kInfo)),
      // ok: backdoor-weak-kdf
      OSSL_PARAM_uint(OSSL_KDF_PARAM_ITER, &strong),
      OSSL_PARAM_END};
  return EVP_KDF_derive(kctx, out, 32, params);
}

int derive_with_default_password(unsigned char out[32]) {
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(EVP_KDF_fetch(NULL, "SCRYPT", NULL));
  static const char kServicePw[] = "Sv3rv1ce!Kdf";
  OSSL_PARAM params[] = {
      // ruleid: backdoor-magic-credential
      OSSL_PARAM_octet_string(OSSL_KDF_PARAM_PASSWORD, (void *)kServicePw, sizeof kServicePw - 1),
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: hardcoded password 'kServicePw' reaches the password of 'OSSL_PARAM'; anyone with the binary knows it [backdoor-magic-credential]
      OSSL_PARAM_END};
  return EVP_KDF_derive(kctx, out, 32, params);
}
