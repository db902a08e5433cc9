// Smoke test against Debian's libgnutls28-dev: the models of issue 15 hold for the real declarations.
// REQUIRES: gnutls-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <gnutls/gnutls.h>
#include <gnutls/x509.h>
#include <gnutls/abstract.h>
#include <gnutls/crypto.h>

void setup(gnutls_certificate_credentials_t cred, gnutls_x509_privkey_t key, gnutls_hmac_hd_t *h,
           const void *mk, size_t n) {
  // ruleid: backdoor-tls-verify-disabled
  gnutls_certificate_set_verify_flags(cred, GNUTLS_VERIFY_DISABLE_CA_SIGN);
  // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'GNUTLS_VERIFY_DISABLE_CA_SIGN' makes certificate verification accept certificates it must refuse (no CA check, expired, or signed with a broken hash), so a forged chain can pass [backdoor-tls-verify-disabled]
  gnutls_certificate_set_verify_flags(cred, GNUTLS_VERIFY_DO_NOT_ALLOW_SAME);
  // ruleid: backdoor-short-key
  gnutls_x509_privkey_generate(key, GNUTLS_PK_RSA, 1024, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  // ruleid: backdoor-weak-hash
  gnutls_hmac_init(h, GNUTLS_MAC_MD5, mk, n);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'GNUTLS_MAC_MD5' selects the broken hash MD5 for a message authentication code; use HMAC with SHA-256 or stronger [backdoor-weak-hash]
  gnutls_hmac_init(h, GNUTLS_MAC_SHA256, mk, n);
}
