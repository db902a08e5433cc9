// RUN: %run-both --checks=backdoor-weak-tls %s -- -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// REQUIRES: openssl-headers
#include <openssl/ssl.h>
#include <string>

// A std::string cipher list put together from constant parts: the whole
// text is judged, the concatenation its definition. A list that adds only
// strong suites is silent.
inline constexpr char kModernSuites[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
inline constexpr char kDealerSuites[] = "DES-CBC3-SHA";
void concatenated(SSL_CTX *ctx) {
  const std::string suites = std::string(kModernSuites) + ':' + kDealerSuites;
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, suites.c_str());
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: cipher list 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA' enables 1 weak suites (3DES): DES-CBC3-SHA [backdoor-weak-tls]
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: cipher list defined here
  const std::string strong = std::string(kModernSuites) + ":ECDHE-ECDSA-CHACHA20-POLY1305";
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, strong.c_str());
}
