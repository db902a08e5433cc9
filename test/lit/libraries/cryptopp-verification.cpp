// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptopp unchecked-verification
// Crypto++ verifiers return true for a valid signature or MAC: a result
// thrown away accepts forgeries.
#include <cryptopp/aes.h>

using namespace CryptoPP;

void ignored(const RSASS<PKCS1v15, SHA256>::Verifier &v, const byte *msg, const byte *sig) {
  // ruleid: backdoor-unchecked-verification
  v.VerifyMessage(msg, 64, sig, 256);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'VerifyMessage' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

void ignored_mac(HMAC<SHA256> &mac, const byte *tag) {
  // ruleid: backdoor-unchecked-verification
  (void)mac.Verify(tag);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the result of 'Verify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

bool checked(const RSASS<PKCS1v15, SHA256>::Verifier &v, const byte *msg, const byte *sig) {
  // ok: backdoor-unchecked-verification
  if (!v.VerifyMessage(msg, 64, sig, 256))
    return false;
  return true;
}
