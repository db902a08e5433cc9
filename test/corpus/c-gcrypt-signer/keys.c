#include "signer.h"

gcry_error_t make_signing_key(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ruleid: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))");
  return gcry_pk_genkey(out, parms);
}

gcry_error_t make_signing_key_v2(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ok: backdoor-short-key
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:3072)))");
  return gcry_pk_genkey(out, parms);
}

gcry_error_t make_ecc_key(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ok: backdoor-short-key
  gcry_sexp_new(&parms, "(genkey (ecc (curve Ed25519)(flags eddsa)))", 0, 1);
  return gcry_pk_genkey(out, parms);
}

gcry_error_t make_rigged_rsa(gcry_sexp_t *out) {
  gcry_sexp_t parms;
  // ok: backdoor-rigged-parameters (e = 3 with padded RSA only: the rule reports it where the unit uses raw RSA, docs/rules/backdoor-rigged-parameters.md)
  gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:2048)(rsa-use-e 1:3)))");
  return gcry_pk_genkey(out, parms);
}
