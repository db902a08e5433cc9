// RUN: %run-both --checks=backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cryptoapi hardcoded-iv
// CryptoAPI: a symmetric key's IV is set with CryptSetKeyParam(KP_IV).
#include <windows.h>
#include <string.h>

static const BYTE kIv[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                             0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f};

void constant_iv(HCRYPTKEY key) {
  // ruleid: backdoor-hardcoded-iv
  CryptSetKeyParam(key, KP_IV, kIv, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: constant IV 'kIv' reaches the IV of 'CryptSetKeyParam'; equal plaintexts encrypt to equal ciphertexts [backdoor-hardcoded-iv]
}

int random_iv(HCRYPTPROV prov, HCRYPTKEY key) {
  BYTE iv[16];
  if (!CryptGenRandom(prov, sizeof iv, iv)) return -1;
  // ok: backdoor-hardcoded-iv
  return CryptSetKeyParam(key, KP_IV, iv, 0);
}
