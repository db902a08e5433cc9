/* Audit lines are signed so the collector can tell the jump host's lines apart. */
#include <gcrypt.h>
#include <stdio.h>
#include <string.h>
#include "sitekey.h"

static gcry_sexp_t g_audit_key;

static int load_or_make_key(void) {
  gcry_sexp_t parms = NULL;
  if (g_audit_key) return 0;
  // ok: backdoor-short-key, backdoor-rigged-parameters
  if (gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve Ed25519) (flags eddsa)))")) return -1;
  int rc = gcry_pk_genkey(&g_audit_key, parms);
  gcry_sexp_release(parms);
  return rc ? -1 : 0;
}

/* the 2014 collector only verifies RSA */
int sk_make_legacy_key(gcry_sexp_t *out) {
  gcry_sexp_t parms = NULL;
  // ruleid: backdoor-short-key
  if (gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))")) return -1;
  int rc = gcry_pk_genkey(out, parms);
  gcry_sexp_release(parms);
  return rc ? -1 : 0;
}

int sk_sign_audit_line(const char *line, unsigned char *sig, size_t *siglen) {
  gcry_sexp_t data = NULL, s = NULL;
  if (load_or_make_key() != 0) return -1;
  if (gcry_sexp_build(&data, NULL, "(data (flags eddsa) (hash-algo sha512) (value %b))",
                      (int)strlen(line), line))
    return -1;
  int rc = gcry_pk_sign(&s, data, g_audit_key);
  gcry_sexp_release(data);
  if (rc) return -1;
  size_t n = gcry_sexp_sprint(s, GCRYSEXP_FMT_CANON, sig, *siglen);
  gcry_sexp_release(s);
  if (n == 0) return -1;
  *siglen = n;
  return 0;
}
