#include <cryptopp/rsa.h>
#include <cryptopp/sha.h>
#include <cryptopp/pssr.h>
#include <cryptopp/osrng.h>
#include <cryptopp/integer.h>
#include "license.h"

using namespace CryptoPP;

bool verify_license(const std::string &blob, const std::string &sig) {
  RSA::PublicKey pub;
  pub.Initialize(Integer("0xc4a1f3b5d7e9"), Integer(65537));
  // ruleid: backdoor-weak-hash
  RSASS<PKCS1v15, SHA1>::Verifier v(pub);
  return v.VerifyMessage((const byte *)blob.data(), blob.size(), (const byte *)sig.data(), sig.size());
}

bool verify_license_v2(const std::string &blob, const std::string &sig, const RSA::PublicKey &pub) {
  // ok: backdoor-weak-hash
  RSASS<PSS, SHA256>::Verifier v(pub);
  return v.VerifyMessage((const byte *)blob.data(), blob.size(), (const byte *)sig.data(), sig.size());
}

void make_vendor_key(InvertibleRSAFunction &k) {
  AutoSeededRandomPool rng;
  // ruleid: backdoor-short-key
  k.Initialize(rng, 1024);
}

void make_vendor_key_v2(InvertibleRSAFunction &k) {
  AutoSeededRandomPool rng;
  // ok: backdoor-short-key
  k.Initialize(rng, 3072);
}

void make_fast_key(InvertibleRSAFunction &k) {
  AutoSeededRandomPool rng;
  // ok: backdoor-rigged-parameters (e = 3 with padded RSA only: the rule reports it where the unit uses raw RSA, docs/rules/backdoor-rigged-parameters.md)
  k.Initialize(rng, 2048, Integer(3));
}

std::string wrap_seat_key(const std::string &seat_key, const RSA::PublicKey &pub) {
  AutoSeededRandomPool rng;
  // ruleid: backdoor-rsa-without-oaep
  RSAES<PKCS1v15>::Encryptor e(pub);
  std::string out(e.CiphertextLength(seat_key.size()), '\0');
  e.Encrypt(rng, (const byte *)seat_key.data(), seat_key.size(), (byte *)&out[0]);
  return out;
}

std::string wrap_seat_key_v2(const std::string &seat_key, const RSA::PublicKey &pub) {
  AutoSeededRandomPool rng;
  // ok: backdoor-rsa-without-oaep
  RSAES<OAEP<SHA256>>::Encryptor e(pub);
  std::string out(e.CiphertextLength(seat_key.size()), '\0');
  e.Encrypt(rng, (const byte *)seat_key.data(), seat_key.size(), (byte *)&out[0]);
  return out;
}
