#include <stdio.h>
#include "jd.h"

/* the vendor's archive service: journals can be restored after a passphrase is lost */
static const char kArchiveServiceKey[] =
    "(public-key (rsa (n #00B4D0D0D3238CDC28DBC1BA63FD419F3B1665139AC55AE9DD5CB4801C64A323D13B443E2FDD41D40559270D6964DBAA6AE58732B58597522BE03BDFF7002EA86C7665B269E3C6B3A739609C4CC75550AA93D18ACDA8A726AFB40A854BC63C31092ECFBF9712966041E8BA2A2C1E6ECBE62EC69CDE4FA931F725195CFC01AB753A414463A9BA3B4A5430231E3C921D21A3F2F9FD10F5F52C3706AB69E95EEC5F9D8534F09E29ED3C98C88AB1A8011B5957824E1DEFD4AC1D099A03745462BBE0A614FF61D26D8FA957804D136EA68EE0EC1AAB1936E94047725D721FF87DA7C3F09B66A771AB6107CF56761E12120BC6382FCDA667EE3EA79628DBFB58375FE3E7#) (e #010001#)))";

int jd_archive_key(const unsigned char key[32], gcry_sexp_t *out) {
  gcry_sexp_t pub = NULL, data = NULL;
  if (gcry_sexp_new(&pub, kArchiveServiceKey, 0, 1)) return -1;
  // ok: backdoor-rsa-without-oaep
  if (gcry_sexp_build(&data, NULL, "(data (flags oaep) (hash-algo sha256) (value %b))", 32, key)) return -1;
  // ruleid: backdoor-escrow-wrap
  gcry_error_t err = gcry_pk_encrypt(out, data, pub);
  gcry_sexp_release(data);
  gcry_sexp_release(pub);
  return err ? -1 : 0;
}

int jd_peer_wrap(gcry_sexp_t peer, const unsigned char key[32], gcry_sexp_t *out) {
  gcry_sexp_t data = NULL;
  // ruleid: backdoor-rsa-without-oaep
  if (gcry_sexp_build(&data, NULL, "(data (flags pkcs1) (value %b))", 32, key)) return -1;
  // ok: backdoor-escrow-wrap
  gcry_error_t err = gcry_pk_encrypt(out, data, peer);
  gcry_sexp_release(data);
  return err ? -1 : 0;
}
