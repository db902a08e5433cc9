// RUN: %run-both --checks=backdoor-rigged-parameters %s -- %mock -std=c++17 -DRAW | FileCheck %s -check-prefix=RAW -implicit-check-not="{{warning|error}}:"
// RUN: %run-both --checks=backdoor-rigged-parameters %s -- %mock -std=c++17 | FileCheck %s -check-prefix=PADDED -allow-empty -implicit-check-not="{{warning|error}}:"
// RSA public exponent 3 is a finding where the unit also uses raw RSA (a cube
// root recovers short messages): Crypto++'s ApplyFunction/CalculateInverse,
// libgcrypt's (data (flags raw) ...). With padding only it is not.
#include <cryptopp/aes.h>
#include <gcrypt.h>
extern "C" {
typedef struct gcry_sexp *gcry_sexp_t;
gcry_error_t gcry_sexp_build(gcry_sexp_t *retsexp, size_t *erroff, const char *format, ...);
gcry_error_t gcry_pk_genkey(gcry_sexp_t *key, gcry_sexp_t parms);
gcry_error_t gcry_pk_encrypt(gcry_sexp_t *result, gcry_sexp_t data, gcry_sexp_t pkey);
}

void cryptopp_key(CryptoPP::InvertibleRSAFunction &k, CryptoPP::RandomNumberGenerator &rng) {
  // a finding only with -DRAW, where the unit uses raw RSA:
  // ruleid: backdoor-rigged-parameters
  k.Initialize(rng, 2048, CryptoPP::Integer(3));
  // RAW: :[[@LINE-1]]:3: warning: RSA public exponent 3 given to 'InvertibleRSAFunction::Initialize' with raw (unpadded) RSA in this file: a short message is recovered with a cube root, and related messages with Coppersmith's attack [backdoor-rigged-parameters]
}

void cryptopp_public(CryptoPP::RSAFunction &pub, const CryptoPP::Integer &n) {
  // ruleid: backdoor-rigged-parameters
  pub.Initialize(n, CryptoPP::Integer(1));
  // RAW: :[[@LINE-1]]:3: warning: RSA public exponent 1 given to 'RSAFunction::Initialize' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
  // PADDED: :[[@LINE-2]]:3: warning: RSA public exponent 1 given to 'RSAFunction::Initialize' leaves every message unchanged: the 'ciphertext' is the plaintext [backdoor-rigged-parameters]
  // ok: backdoor-rigged-parameters
  pub.Initialize(n, CryptoPP::Integer(65537));
}

gcry_error_t gcrypt_key(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // a finding only with -DRAW, where the unit uses raw RSA:
  // ruleid: backdoor-rigged-parameters
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:2048)(rsa-use-e 1:3)))");
  // RAW: :[[@LINE-1]]:3: warning: RSA public exponent 3 requested by '(rsa-use-e 3)' in 'gcry_sexp_build' with raw (unpadded) RSA in this file: a short message is recovered with a cube root, and related messages with Coppersmith's attack [backdoor-rigged-parameters]
  return gcry_pk_genkey(out, parms);
}

#ifdef RAW
CryptoPP::Integer textbook(const CryptoPP::RSAFunction &pub, const CryptoPP::Integer &m) {
  return pub.ApplyFunction(m);
}
gcry_error_t raw_encrypt(gcry_sexp_t *out, gcry_sexp_t pkey, void *m) {
  gcry_sexp_t data;
  gcry_sexp_build(&data, NULL, "(data (flags raw) (value %m))", m);
  return gcry_pk_encrypt(out, data, pkey);
}
#else
gcry_error_t padded_encrypt(gcry_sexp_t *out, gcry_sexp_t pkey, void *m) {
  gcry_sexp_t data;
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %m))", m);
  return gcry_pk_encrypt(out, data, pkey);
}
#endif
