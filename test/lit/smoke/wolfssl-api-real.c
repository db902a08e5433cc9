// Smoke test against Debian's libwolfssl-dev: the models of issue 15 hold for the real declarations.
// REQUIRES: wolfssl-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <wolfssl/options.h>
#include <wolfssl/ssl.h>
#include <wolfssl/wolfcrypt/rsa.h>
#include <wolfssl/wolfcrypt/hmac.h>

void setup(WOLFSSL_CTX *ctx, RsaKey *rsa, WC_RNG *rng, Hmac *h, const byte *k, word32 n) {
  // ruleid: backdoor-weak-tls
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'WOLFSSL_TLSV1' allows SSLv3, TLS 1.0 or TLS 1.1 as the minimum protocol version [backdoor-weak-tls]
  wolfSSL_CTX_SetMinVersion(ctx, WOLFSSL_TLSV1_2);
  // ruleid: backdoor-short-key
  wc_MakeRsaKey(rsa, 1024, WC_RSA_EXPONENT, rng);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-weak-hash
  wc_HmacSetKey(h, WC_MD5, k, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'WC_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  wc_HmacSetKey(h, WC_SHA256, k, n);
}
