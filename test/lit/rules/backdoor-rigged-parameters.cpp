// RUN: %run-both --checks=backdoor-rigged-parameters %s -- %mock -std=c++17 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Crypto++ and Botan: groups, curves and exponents built from constants.
// coverage: cryptopp rigged-parameters
// coverage: botan rigged-parameters
#include <cryptopp/aes.h>
#include <botan/symkey.h>
#include <mock/std.h>

static const char *kGroupP =
    "c8e0f4326bfdf522439d622e753a2f2d513b848294219337bf1630b829998520"
    "484e027ee861891e9493b7a9f255634f533b6b1a14008b375338809c0f925ec4"
    "ed8029716b1a94b3a3accf71976a7208901b549360ccb42010fd87b02378f3d2"
    "d88dbc592c72a99ecd3bbde85c10e68736984c1fdb100e650b7606103791badb"
    "h";

static const char *kSafeP = "0x"
    "ad8cce60faf0a24eb7d93cf266b475d08ea500d2aeaf40e9602e605faf48eade"
    "f689f8fac136728ab09f823ba225e14401e3f18c94890ffbf4261807fb98f423";

void cryptopp_dh() {
  // ruleid: backdoor-rigged-parameters
  CryptoPP::DH_Domain dh(CryptoPP::Integer(kGroupP), CryptoPP::Integer(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: the Diffie-Hellman modulus 'kGroupP' (1024 bits) passed to 'DH_Domain' is not prime; whoever knows its factors computes discrete logarithms and recovers every key exchanged with it [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-14]]:5: note: constant defined here
}

void cryptopp_curve() {
  CryptoPP::Integer p("0xfffffffffffffffffffffffffffffffeffffffffffffffff");
  CryptoPP::Integer a("0xfffffffffffffffffffffffffffffffefffffffffffffffc");
  CryptoPP::Integer b("0x0000000000000000000000000000000000000000000000c3");
  // ruleid: backdoor-rigged-parameters
  CryptoPP::ECP curve(p, a, b);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'ECP' builds a custom curve over the field of x9_62 prime192v3 with a different 'b'; a curve chosen by someone else can hide a weakness; use the named curve [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-6]]:23: note: constant defined here
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: value defined here
}

void botan_group() {
  // ruleid: backdoor-rigged-parameters
  Botan::DL_Group g(Botan::BigInt(kSafeP), Botan::BigInt(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: the Diffie-Hellman modulus 'kSafeP' (512 bits) passed to 'DL_Group' is a safe prime but not one of the standard groups (RFC 3526, RFC 7919, RFC 5114); a modulus of unknown origin can hide a trapdoor; use an RFC 7919 group [backdoor-rigged-parameters]
  // CHECK-MESSAGES: :[[@LINE-26]]:29: note: constant defined here
}

void botan_exponent_one(Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-rigged-parameters
  Botan::RSA_PrivateKey key(rng, 2048, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: RSA public exponent 1 given to 'RSA_PrivateKey' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
}

std::unique_ptr<Botan::RSA_PrivateKey> botan_factory_exponent_one(Botan::RandomNumberGenerator &rng) {
  // ruleid: backdoor-rigged-parameters
  return std::make_unique<Botan::RSA_PrivateKey>(rng, 2048, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: RSA public exponent 1 given to 'RSA_PrivateKey' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
}

// ---- not findings

void botan_named_group() {
  // ok: backdoor-rigged-parameters
  Botan::DL_Group g("modp/ietf/2048");
  // ok: backdoor-rigged-parameters (a named curve: the one-argument overload)
  Botan::EC_Group curve("secp256r1");
}

void cryptopp_standard_curve() {
  CryptoPP::Integer p("0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
  CryptoPP::Integer a("0xffffffff00000001000000000000000000000000fffffffffffffffffffffffc");
  CryptoPP::Integer b("0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b");
  // ok: backdoor-rigged-parameters
  CryptoPP::ECP curve(p, a, b);
}

void cryptopp_exponent_three_padded(CryptoPP::RandomNumberGenerator &rng) {
  CryptoPP::InvertibleRSAFunction priv;
  // ok: backdoor-rigged-parameters
  priv.Initialize(rng, 3072, CryptoPP::Integer(3));
}

void botan_usual_exponent(Botan::RandomNumberGenerator &rng) {
  // ok: backdoor-rigged-parameters
  Botan::RSA_PrivateKey key(rng, 3072);
}

std::shared_ptr<Botan::RSA_PrivateKey> botan_factory_usual_exponent(Botan::RandomNumberGenerator &rng) {
  // ok: backdoor-rigged-parameters
  return std::make_shared<Botan::RSA_PrivateKey>(rng, 3072, 65537);
}
