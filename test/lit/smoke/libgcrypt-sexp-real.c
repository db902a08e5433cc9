// Smoke test against Debian's libgcrypt20-dev: the models of issue 15 hold for the real declarations.
// REQUIRES: gcrypt-headers
// RUN: %run-both %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
#include <gcrypt.h>

gcry_error_t keys(gcry_sexp_t *key) {
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_error_t e = gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))");
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  e |= gcry_pk_genkey(key, parms);
  gcry_sexp_t ok;
  e |= gcry_sexp_build(&ok, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))");
  return e | gcry_pk_genkey(key, ok);
}

gcry_error_t wrap(gcry_sexp_t *out, gcry_sexp_t pkey, gcry_mpi_t m) {
  gcry_sexp_t data;
  // ruleid: backdoor-rsa-without-oaep
  gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (value %m))", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: '(flags pkcs1)' selects PKCS#1 v1.5 padding for RSA encryption, which padding-oracle attacks (Bleichenbacher) break; use OAEP [backdoor-rsa-without-oaep]
  return gcry_pk_encrypt(out, data, pkey);
}
