// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptoapi unchecked-verification
// coverage: cng unchecked-verification
// CryptVerifySignature returns TRUE and BCryptVerifySignature STATUS_SUCCESS
// for a valid signature: a result thrown away accepts forgeries.
#include <windows.h>
#include <string.h>

void cryptoapi_ignored(HCRYPTHASH hash, const BYTE *sig, HCRYPTKEY pub) {
  // ruleid: backdoor-unchecked-verification
  CryptVerifySignatureA(hash, sig, 256, pub, NULL, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'CryptVerifySignatureA' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

int cryptoapi_checked(HCRYPTHASH hash, const BYTE *sig, HCRYPTKEY pub) {
  // ok: backdoor-unchecked-verification
  if (!CryptVerifySignatureA(hash, sig, 256, pub, NULL, 0))
    return -1;
  return 0;
}

void cng_ignored(BCRYPT_KEY_HANDLE key, UCHAR *hash, UCHAR *sig) {
  // ruleid: backdoor-unchecked-verification
  BCryptVerifySignature(key, NULL, hash, 32, sig, 256, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'BCryptVerifySignature' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

int cng_checked(BCRYPT_KEY_HANDLE key, UCHAR *hash, UCHAR *sig) {
  // ok: backdoor-unchecked-verification
  return BCryptVerifySignature(key, NULL, hash, 32, sig, 256, 0) == 0 ? 0 : -1;
}
