// RUN: %run-both --remarks --checks=backdoor-crypto-inventory %s -- %mock -std=c++17 | FileCheck %s -implicit-check-not="{{warning|error|remark}}:"
// Post-quantum algorithms as wolfSSL and Botan 3 name them.
#include <wolfssl/wolfcrypt/mlkem.h>
#include <botan/pk_algs.h>

void wolf(MlKemKey *k, KyberKey *old, MlDsaKey *d) {
  // ruleid: backdoor-crypto-inventory
  wc_MlKemKey_Init(k, WC_ML_KEM_1024, nullptr, 0);
  // CHECK: :[[@LINE-1]]:23: remark: crypto asset {"asset":"algorithm","bits":1024,"family":"ml-kem","function":"wc_MlKemKey_Init","kind":"pkey","library":"wolfssl","role":"algorithm-name","spelling":"WC_ML_KEM_1024"} [backdoor-crypto-inventory]
  // ruleid: backdoor-crypto-inventory
  wc_KyberKey_Init(KYBER768, old, nullptr, 0);
  // CHECK: :[[@LINE-1]]:20: remark: crypto asset {"asset":"algorithm","bits":768,"family":"ml-kem",{{.*}}"spelling":"KYBER768"} [backdoor-crypto-inventory]
  // ruleid: backdoor-crypto-inventory
  wc_MlDsaKey_SetParams(d, WC_ML_DSA_87);
  // CHECK: :[[@LINE-1]]:28: remark: crypto asset {"asset":"algorithm","bits":87,"context":"signature","family":"ml-dsa",{{.*}}"library":"wolfssl",{{.*}} [backdoor-crypto-inventory]
}

void botan(Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-crypto-inventory
  auto k = Botan::create_private_key("ML-KEM", rng, "ML-KEM-768");
  // CHECK: :[[@LINE-1]]:53: remark: crypto asset {"asset":"algorithm","bits":768,"family":"ml-kem","function":"create_private_key","kind":"pkey","library":"botan","role":"algorithm-name","spelling":"ML-KEM-768"} [backdoor-crypto-inventory]
  // ok: backdoor-crypto-inventory ("ML-KEM" alone names no parameter set)
  (void)k;
}
