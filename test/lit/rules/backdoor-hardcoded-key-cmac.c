// RUN: %run-both --checks=backdoor-hardcoded-key %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// CMAC keys (Mbed TLS cmac.h, wolfCrypt, OpenSSL 3's EVP_Q_mac): a constant
// key is a hardcoded key as an HMAC key is.
#include <stddef.h>

typedef struct mbedtls_cipher_info_t mbedtls_cipher_info_t;
typedef struct mbedtls_cipher_context_t mbedtls_cipher_context_t;
int mbedtls_cipher_cmac(const mbedtls_cipher_info_t *cipher_info, const unsigned char *key,
                        size_t keylen, const unsigned char *input, size_t ilen,
                        unsigned char *output);
int mbedtls_cipher_cmac_starts(mbedtls_cipher_context_t *ctx, const unsigned char *key,
                               size_t keybits);
int wc_AesCmacGenerate(unsigned char *out, unsigned *outSz, const unsigned char *in, unsigned inSz,
                       const unsigned char *key, unsigned keySz);
typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct ossl_param_st OSSL_PARAM;
unsigned char *EVP_Q_mac(OSSL_LIB_CTX *libctx, const char *name, const char *propq,
                         const char *subalg, const OSSL_PARAM *params, const void *key,
                         size_t keylen, const unsigned char *data, size_t datalen,
                         unsigned char *out, size_t outsize, size_t *outlen);
int read_key_file(const char *path, unsigned char *key, size_t n);

static const unsigned char kSecOcKey[16] = {0x4d, 0xdf, 0x9c, 0x5d, 0x07, 0xde, 0x50, 0x4d,
                                            0xff, 0xdb, 0xdd, 0x53, 0x28, 0xbe, 0xeb, 0xd6};

int secoc_mac(const mbedtls_cipher_info_t *info, const unsigned char *pdu, size_t n,
              unsigned char mac[16]) {
  // ruleid: backdoor-hardcoded-key
  return mbedtls_cipher_cmac(info, kSecOcKey, 128, pdu, n, mac);
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: hardcoded key 'kSecOcKey' reaches the key of 'mbedtls_cipher_cmac'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

int secoc_start(mbedtls_cipher_context_t *ctx) {
  // ruleid: backdoor-hardcoded-key
  return mbedtls_cipher_cmac_starts(ctx, kSecOcKey, 128);
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: hardcoded key 'kSecOcKey' reaches the key of 'mbedtls_cipher_cmac_starts'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

int frame_tag(const unsigned char *in, unsigned n, unsigned char out[16]) {
  unsigned outsz = 16;
  // ruleid: backdoor-hardcoded-key
  return wc_AesCmacGenerate(out, &outsz, in, n, kSecOcKey, sizeof kSecOcKey);
  // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: hardcoded key 'kSecOcKey' reaches the key of 'wc_AesCmacGenerate'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

unsigned char *report_tag(const unsigned char *d, size_t n, unsigned char *out, size_t *len) {
  // ruleid: backdoor-hardcoded-key
  return EVP_Q_mac(NULL, "CMAC", NULL, "AES-128-CBC", NULL, kSecOcKey, 16, d, n, out, 16, len);
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: hardcoded key 'kSecOcKey' reaches the key of 'EVP_Q_mac'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

int provisioned_mac(const mbedtls_cipher_info_t *info, const unsigned char *pdu, size_t n,
                    unsigned char mac[16]) {
  unsigned char key[16];
  if (read_key_file("/etc/gw/secoc.key", key, sizeof key) != 0) return -1;
  // ok: backdoor-hardcoded-key
  return mbedtls_cipher_cmac(info, key, 128, pdu, n, mac);
}
