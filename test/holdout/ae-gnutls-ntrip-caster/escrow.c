/* escrow.c - the database key of the sourcetable cache, and station keys. */
#include <string.h>
#include <syslog.h>

#include <gcrypt.h>

#include "caster.h"

/* The operator's recovery key: lets the support desk open a customer's cache after a
 * hardware swap. */
// ok: backdoor-secret-literal
static const char kRecoveryKey[] =
    "(public-key (rsa (n #00"
    "AADEAA42B787E299EF3648419E512109034B8B69429CF097CA025196C5A961C0"
    "A23F649A58C01432094B8B7E4A3F9072EFD5532B3515E933E8612135E8ABC38F"
    "5C7B1CDA03CA9527686E05A30EB9BCE5BA7A8D7BC2784BDACBE4BE4B54A39ABC"
    "DD85483B7725511252018221FA98470DB255A82FA1886F05815E68DB7AFE929F"
    "7EBC13EC0D9A93710CC64BDC8F4B86780E32903E417204E731C2B3BD5DBB5B76"
    "C7EA8D43E70BFF3238D9D4006A159951207D7E693B0DA0606EF48E2772017345"
    "37A019B6DE7AB16215EE214B704ADA521D98B34878123389736C8D05F83D4A86"
    "46137F2478D894876E6D92175297E282256FF20BE04A6E2A670878669B95F203"
    "#)(e #010001#)))";

int escrow_db_key(uint8_t db_key[32], uint8_t *out, size_t *out_len) {
  gcry_sexp_t pub = NULL, data = NULL, enc = NULL;
  int rc = -1;

  gcry_randomize(db_key, 32, GCRY_VERY_STRONG_RANDOM);
  // ok: backdoor-hardcoded-key
  if (gcry_sexp_new(&pub, kRecoveryKey, 0, 1) != 0)
    goto out;
  if (gcry_sexp_build(&data, NULL, "(data (flags oaep)(hash-algo sha256)(value %b))", 32, db_key) != 0)
    goto out;
  // ruleid: backdoor-escrow-wrap
  // ok: backdoor-rsa-without-oaep
  if (gcry_pk_encrypt(&enc, data, pub) != 0)
    goto out;
  size_t n = gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, NULL, 0);
  if (n == 0 || n > *out_len)
    goto out;
  *out_len = gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, out, *out_len);
  rc = 0;
out:
  gcry_sexp_release(enc);
  gcry_sexp_release(data);
  gcry_sexp_release(pub);
  return rc;
}

/* Base stations of the first series accept only RSA keys of at most 1024 bits. */
int make_legacy_station_key(void) {
  gcry_sexp_t parms = NULL, key = NULL;
  // ruleid: backdoor-short-key
  if (gcry_sexp_build(&parms, NULL, "(genkey (rsa (nbits 4:1024)))") != 0)
    return -1;
  int rc = gcry_pk_genkey(&key, parms) == 0 ? 0 : -1;
  gcry_sexp_release(parms);
  gcry_sexp_release(key);
  return rc;
}

int make_station_key(void);

int make_station_key(void) {
  gcry_sexp_t parms = NULL, key = NULL;
  // ok: backdoor-short-key, backdoor-rigged-parameters
  if (gcry_sexp_build(&parms, NULL, "(genkey (ecc (curve Ed25519)(flags eddsa)))") != 0)
    return -1;
  int rc = gcry_pk_genkey(&key, parms) == 0 ? 0 : -1;
  gcry_sexp_release(parms);
  gcry_sexp_release(key);
  return rc;
}
