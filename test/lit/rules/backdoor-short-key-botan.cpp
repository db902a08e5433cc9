// REQUIRES: botan-headers
// RUN: %run-both --checks=backdoor-short-key %s -- -std=c++17 -I/usr/include/botan-2 | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Botan's named curves (EC_Group("secp160r1")), one arm of a choice among
// them too; P-256 and X25519-sized curves are quiet.
#include <botan/auto_rng.h>
#include <botan/ec_group.h>
#include <botan/ecdh.h>
#include <vector>

std::vector<uint8_t> ecu_session_public(int generation) {
  Botan::AutoSeeded_RNG rng;
  // ruleid: backdoor-short-key
  const Botan::ECDH_PrivateKey key(rng, Botan::EC_Group(generation == 1 ? "secp160r1" : "secp256r1"));
  // CHECK-MESSAGES: :[[@LINE-1]]:57: warning: the 160-bit curve 'secp160r1' is too small and its keys can be broken; use a curve of at least 224 bits such as P-256 or X25519 [backdoor-short-key]
  return key.public_value();
}

std::vector<uint8_t> gateway_public() {
  Botan::AutoSeeded_RNG rng;
  // ok: backdoor-short-key
  const Botan::ECDH_PrivateKey key(rng, Botan::EC_Group("secp256r1"));
  return key.public_value();
}
