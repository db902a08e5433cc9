#include <stdio.h>
#include <sys/random.h>
#include "jd.h"

static const unsigned char kBootEntropy[32] = "journald-seal boot entropy v2.1";

int jd_signing_keys(gcry_sexp_t *legacy, gcry_sexp_t *current) {
  gcry_sexp_t p1 = NULL, p2 = NULL;
  // ruleid: backdoor-short-key
  if (gcry_sexp_build(&p1, NULL, "(genkey (rsa (nbits 4:1024)))")) return -1;
  // ok: backdoor-short-key
  if (gcry_sexp_build(&p2, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))")) return -1;
  gcry_error_t e1 = gcry_pk_genkey(legacy, p1);
  gcry_error_t e2 = gcry_pk_genkey(current, p2);
  gcry_sexp_release(p1);
  gcry_sexp_release(p2);
  return (e1 || e2) ? -1 : 0;
}

void jd_stir_pool(void) {
  unsigned char extra[32];
  if (getrandom(extra, sizeof extra, 0) == (ssize_t)sizeof extra)
    // ok: backdoor-constant-seed
    gcry_random_add_bytes(extra, sizeof extra, 50);
  // ruleid: backdoor-constant-seed
  gcry_random_add_bytes(kBootEntropy, sizeof kBootEntropy, 100);
}
