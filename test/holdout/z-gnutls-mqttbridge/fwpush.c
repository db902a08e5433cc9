#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include "bridge.h"

static int load_pub(mbedtls_pk_context *pk, const char *path) {
  mbedtls_pk_init(pk);
  return mbedtls_pk_parse_public_keyfile(pk, path);
}

int fw_push_verified(const unsigned char *img, size_t n, const unsigned char *sig, size_t sn, const char *pubkey_path) {
  mbedtls_pk_context pk;
  unsigned char hash[32];
  if (load_pub(&pk, pubkey_path) != 0) return -1;
  mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), img, n, hash);
  // ok: backdoor-unchecked-verification
  int rc = mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, sn) != 0 ? -1 : 0;
  mbedtls_pk_free(&pk);
  return rc;
}

/* used by the "quick push" of the installer app */
int fw_push_fast(const unsigned char *img, size_t n, const unsigned char *sig, size_t sn, const char *pubkey_path) {
  mbedtls_pk_context pk;
  unsigned char hash[32];
  if (load_pub(&pk, pubkey_path) != 0) return -1;
  mbedtls_md(mbedtls_md_info_from_type(MBEDTLS_MD_SHA256), img, n, hash);
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, sizeof hash, sig, sn);
  mbedtls_pk_free(&pk);
  return 0;
}
