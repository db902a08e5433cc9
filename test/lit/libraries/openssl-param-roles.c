// RUN: %run-both --checks=backdoor-hardcoded-key,backdoor-hardcoded-iv,backdoor-weak-kdf %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// OpenSSL 3 KDF inputs bound by name with OSSL_PARAM_construct_*: the key,
// salt and iteration count a parameter's name ("key", "salt", "iter")
// selects are read where the call binds them, as the same values passed
// to PKCS5_PBKDF2_HMAC are.
#include <openssl/evp.h>
#include <string.h>

static const unsigned char kSessionSalt[16] = {0x41, 0x9c, 0x27, 0x0e, 0xb3, 0x55, 0x6a, 0x12,
                                               0xd8, 0x01, 0x7f, 0xe4, 0x90, 0x3b, 0xc6, 0x2d};
static const unsigned char kMasterKey[32] = {
    0x6b, 0x1f, 0x93, 0x0a, 0xe2, 0x47, 0xc5, 0x38, 0x9d, 0x70, 0x14, 0xbb, 0x2e, 0xf6, 0x81, 0x5c,
    0x07, 0xda, 0x63, 0xa9, 0x3c, 0xe8, 0x52, 0x1b, 0xc4, 0x9f, 0x26, 0x7d, 0xb0, 0x4e, 0xf1, 0x85};
static const char kLabel[] = "session keys v1";
static const unsigned int kLegacyIter = 1000;

int derive_constant(unsigned char out[32]) {
  OSSL_PARAM params[5], *p = params;
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(EVP_KDF_fetch(NULL, "HKDF", NULL));
  // ruleid: backdoor-hardcoded-key
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)kMasterKey, sizeof kMasterKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:64: warning: hardcoded key 'kMasterKey' reaches the key of 'OSSL_PARAM_construct_octet_string'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // ruleid: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)kSessionSalt, sizeof kSessionSalt);
  // CHECK-MESSAGES: :[[@LINE-1]]:65: warning: constant salt 'kSessionSalt' reaches the salt of 'OSSL_PARAM_construct_octet_string'; one precomputation then attacks every password [backdoor-hardcoded-iv]
  // ok: backdoor-hardcoded-iv (a label, not a salt)
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)kLabel, strlen(kLabel));
  *p = OSSL_PARAM_construct_end();
  return EVP_KDF_derive(kctx, out, 32, params);
}

int derive_password(const char *pw, const unsigned char *salt, unsigned char out[32]) {
  OSSL_PARAM params[5], *p = params;
  unsigned int iter = kLegacyIter;
  unsigned int strong = 600000;
  EVP_KDF_CTX *kctx = EVP_KDF_CTX_new(EVP_KDF_fetch(NULL, "PBKDF2", NULL));
  // ok: backdoor-hardcoded-key
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, (void *)pw, strlen(pw));
  // ok: backdoor-hardcoded-iv
  *p++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, 16);
  // ruleid: backdoor-weak-kdf
  *p++ = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &iter);
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: the PBKDF2 iteration count 1,000 of 'OSSL_PARAM_construct_uint' is below 10,000; stolen password hashes can be cracked that much faster [backdoor-weak-kdf]
  *p = OSSL_PARAM_construct_end();
  if (EVP_KDF_derive(kctx, out, 32, params) != 1) return -1;
  p = params;
  // ok: backdoor-weak-kdf
  *p++ = OSSL_PARAM_construct_uint(OSSL_KDF_PARAM_ITER, &strong);
  *p = OSSL_PARAM_construct_end();
  return EVP_KDF_derive(kctx, out, 32, params);
}
