// Key-encryption keys of RFC 3394 / SP 800-38F key wrap: wolfCrypt's
// one-shot wc_AesKeyWrap/wc_AesKeyUnWrap and Mbed TLS's
// mbedtls_nist_kw_setkey take the KEK as an argument; a constant or a
// published one there protects every key wrapped under it. Against Debian's
// real headers (libwolfssl-dev, libmbedtls-dev).
// REQUIRES: wolfssl-headers, mbedtls-headers
// RUN: %run-both --checks='backdoor-hardcoded-key,backdoor-known-key' %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <wolfssl/options.h>
#include <wolfssl/wolfcrypt/aes.h>
#include <mbedtls/nist_kw.h>
#include <stddef.h>

static const byte kFactoryKek[16] = {0x5d, 0x21, 0x9e, 0x47, 0x0b, 0xc3, 0x68, 0xfa,
                                     0x14, 0x7e, 0xa2, 0x39, 0xd6, 0x80, 0x5b, 0xe1};
static const unsigned char kCommissioningKek[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                                    0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};
static byte g_provisioned[16];

int wrap_for_backup(const byte *key, word32 n, byte *out, word32 cap) {
  // ruleid: backdoor-hardcoded-key
  return wc_AesKeyWrap(kFactoryKek, sizeof kFactoryKek, key, n, out, cap, NULL);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: hardcoded key 'kFactoryKek' reaches the key of 'wc_AesKeyWrap'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
}

int unwrap_provisioned(const byte *in, word32 n, byte *out, word32 cap) {
  // ok: backdoor-hardcoded-key (a KEK read at provisioning time)
  return wc_AesKeyUnWrap(g_provisioned, sizeof g_provisioned, in, n, out, cap, NULL);
}

int kw_context(mbedtls_nist_kw_context *ctx) {
  // ruleid: backdoor-known-key
  return mbedtls_nist_kw_setkey(ctx, MBEDTLS_CIPHER_ID_AES, kCommissioningKek, 128, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:61: warning: the key of 'mbedtls_nist_kw_setkey' is a known key 'kCommissioningKek' (the FIPS-197 appendix C key); anyone can look it up and decrypt what it protects [backdoor-known-key]
}
