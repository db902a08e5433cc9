// RUN: %run-both --checks=backdoor-short-key %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A curve built from its parameters (OpenSSL's EC_GROUP_new_curve_GFp,
// Crypto++'s ECP): its size is the prime field's, named or not, and a field
// below MinEcBits gives keys that can be broken (the PS3 signer's 160-bit
// curve). Silent: a 256-bit field, a named curve.
#include <cryptopp/aes.h>
#include <openssl/evp.h>

void cryptopp_vsh_curve() {
  const CryptoPP::Integer p("0xC3329EC147BF1135A6EC2473BD61780FD1D56207");
  const CryptoPP::Integer a("0xC3329EC147BF1135A6EC2473BD61780FD1D56204");
  const CryptoPP::Integer b("0x5D2765BA8E6681121300F5C7448B51ED1E88B76E");
  // ruleid: backdoor-short-key
  const CryptoPP::ECP curve(p, a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the 160-bit curve built by 'ECP' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-6]]:29: note: constant defined here
}

void openssl_p192_spelled_out(BN_CTX *bn) {
  BIGNUM *p = NULL, *a = NULL, *b = NULL;
  BN_hex2bn(&p, "fffffffffffffffffffffffffffffffeffffffffffffffff");
  BN_hex2bn(&a, "fffffffffffffffffffffffffffffffefffffffffffffffc");
  BN_hex2bn(&b, "64210519e59c80e70fa7e9ab72243049feb8deecc146b9b1");
  // ruleid: backdoor-short-key
  EC_GROUP *g = EC_GROUP_new_curve_GFp(p, a, b, bn);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: the 192-bit curve built by 'EC_GROUP_new_curve_GFp' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: constant defined here
  (void)g;
}

// ---- not findings

void cryptopp_p256_spelled_out() {
  CryptoPP::Integer p("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
  CryptoPP::Integer a("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc");
  CryptoPP::Integer b("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
  // ok: backdoor-short-key
  CryptoPP::ECP curve(p, a, b);
}

void openssl_custom_256(BN_CTX *bn) {
  BIGNUM *p = NULL, *a = NULL, *b = NULL;
  BN_hex2bn(&p, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
  BN_hex2bn(&a, "FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFC");
  BN_hex2bn(&b, "0000000000000000000000000000000000000000000000000000000000000007");
  // ok: backdoor-short-key
  EC_GROUP *g = EC_GROUP_new_curve_GFp(p, a, b, bn);
  (void)g;
}
