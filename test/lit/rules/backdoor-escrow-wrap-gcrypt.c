// REQUIRES: gcrypt-headers
// RUN: %run-both --checks=backdoor-escrow-wrap %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// libgcrypt S-expressions carry the text they are built from: a public key
// whose modulus is scanned from a hex constant into an MPI, or written in
// the format itself, wraps a random key for the vendor (a recovery blob).
// Quiet: the owner's public key read at run time; a nonce wrapped.
#include <gcrypt.h>
#include <stddef.h>

static const char kVendorRecoveryN[] =
    "00D45DD996D180F98CA7C1104577B73400DD309DEA1EDE6ADB9031B5337C7346D650F8680A53011F14CFF1A4"
    "4635AD43EF4E88296BAC680FF666A098EE7622C44CE913A6A6CA5233549993927551E9D4F0FF5B9682EB6863";

int recovery_blob(gcry_sexp_t *enc) {
  unsigned char key[32];
  gcry_mpi_t n = NULL, e = NULL;
  gcry_sexp_t pub = NULL, data = NULL;
  gcry_randomize(key, sizeof key, GCRY_VERY_STRONG_RANDOM);
  gcry_mpi_scan(&n, GCRYMPI_FMT_HEX, kVendorRecoveryN, 0, NULL);
  gcry_mpi_scan(&e, GCRYMPI_FMT_HEX, "010001", 0, NULL);
  gcry_sexp_build(&pub, NULL, "(public-key (rsa (n %m) (e %m)))", n, e);
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof key, key);
  // ruleid: backdoor-escrow-wrap
  return gcry_pk_encrypt(enc, data, pub);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: key material 'data' (a random key 'key' from 'gcry_randomize') is encrypted by 'gcry_pk_encrypt' under a public key compiled into the program ('kVendorRecoveryN'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

int owner_blob(gcry_sexp_t *enc, const char *owner_n_hex) {
  unsigned char key[32];
  gcry_mpi_t n = NULL, e = NULL;
  gcry_sexp_t pub = NULL, data = NULL;
  gcry_randomize(key, sizeof key, GCRY_VERY_STRONG_RANDOM);
  gcry_mpi_scan(&n, GCRYMPI_FMT_HEX, owner_n_hex, 0, NULL);
  gcry_mpi_scan(&e, GCRYMPI_FMT_HEX, "010001", 0, NULL);
  gcry_sexp_build(&pub, NULL, "(public-key (rsa (n %m) (e %m)))", n, e);
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof key, key);
  // ok: backdoor-escrow-wrap (the owner's key, given at run time)
  return gcry_pk_encrypt(enc, data, pub);
}

int nonce_blob(gcry_sexp_t *enc) {
  unsigned char nonce[16];
  gcry_mpi_t n = NULL, e = NULL;
  gcry_sexp_t pub = NULL, data = NULL;
  gcry_create_nonce(nonce, sizeof nonce);
  gcry_mpi_scan(&n, GCRYMPI_FMT_HEX, kVendorRecoveryN, 0, NULL);
  gcry_mpi_scan(&e, GCRYMPI_FMT_HEX, "010001", 0, NULL);
  gcry_sexp_build(&pub, NULL, "(public-key (rsa (n %m) (e %m)))", n, e);
  gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof nonce, nonce);
  // ok: backdoor-escrow-wrap (a nonce, no key)
  return gcry_pk_encrypt(enc, data, pub);
}
