// RUN: %run-both --checks=backdoor-weak-tls,backdoor-short-key --header-filter='.*Inputs.*' %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-weak-tls,backdoor-short-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=NO-FILTER -allow-empty -implicit-check-not="{{warning|error}}:"
// Overrides of TLS::Policy in a project header are read like those of the
// main file, and reported where the header filter reaches (as calls in
// headers are): HeaderLegacyPolicy's TLS 1.0 and 512-bit DH groups, not
// HeaderModernPolicy's choices. Without a header filter nothing in the
// header is reported.
#include "Inputs/botan-tls-policy.h"

// CHECK-MESSAGES: botan-tls-policy.h:6:46: warning: 'HeaderLegacyPolicy::allow_tls10' returns true, which allows TLS 1.0, broken by BEAST and downgrade attacks; require TLS 1.2 or later [backdoor-weak-tls]
// NO-FILTER-NOT: botan-tls-policy.h
// CHECK-MESSAGES: botan-tls-policy.h:7:58: warning: 512-bit Diffie-Hellman key is too small and the shared secret can be computed; use at least 2048 bits [backdoor-short-key]

Botan::TLS::Policy *make_policy(bool legacy) {
  if (legacy) return new HeaderLegacyPolicy();
  return new HeaderModernPolicy();
}
