// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: botan unchecked-verification
// Botan's PK_Verifier returns true for a valid signature: a result thrown
// away accepts forgeries.
#include <botan/symkey.h>

void ignored(Botan::PK_Verifier &v, const uint8_t *msg, const uint8_t *sig) {
  // ruleid: backdoor-unchecked-verification
  v.verify_message(msg, 64, sig, 256);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'verify_message' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

bool checked(Botan::PK_Verifier &v, const uint8_t *msg, const uint8_t *sig) {
  // ok: backdoor-unchecked-verification
  return v.verify_message(msg, 64, sig, 256);
}
