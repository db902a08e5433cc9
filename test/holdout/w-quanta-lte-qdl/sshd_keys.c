/* sshd_keys.c - host key for dropbear: the image ships one, generated on the build host */
#include <stdio.h>
#include <string.h>
#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>

#include "qdl.h"

static const unsigned char kBuiltinHostKey[] =
    "-----BEGIN EC PRIVATE KEY-----\n"
    "MHcCAQEEIHYx2mGq5t0fW3pTz0Kc4G3l1sBv9Jd8a6c7kQ0NnS5DoAoGCCqGSM49\n"
    "AwEHoUQDQgAEm1vEl/2MeQ7Rg2iLOp7w5y226/lCKsFFZOzhY2cg2LVlDFhW6dge\n"
    "ywxVNS43Uv3ELy44iWAP2weaStY9F9tOhA==\n"
    "-----END EC PRIVATE KEY-----\n";

static int host_key_fingerprint(mbedtls_pk_context *pk, unsigned char fp[32]) {
  unsigned char der[256];
  int n = mbedtls_pk_write_pubkey_der(pk, der, sizeof der);
  if (n < 0)
    return n;
  return mbedtls_sha256_ret(der + sizeof der - n, (size_t)n, fp, 0);
}

int sshd_host_key(void *pk_out) {
  mbedtls_pk_context *pk = pk_out;
  unsigned char fp[32];
  int rc;
  mbedtls_pk_init(pk);
  rc = mbedtls_pk_parse_keyfile(pk, QDL_HOSTKEY_PATH, NULL);
  if (rc != 0) {
    // ruleid: backdoor-hardcoded-key
    rc = mbedtls_pk_parse_key(pk, kBuiltinHostKey, sizeof kBuiltinHostKey, NULL, 0);
  }
  if (rc != 0)
    return rc;
  if (host_key_fingerprint(pk, fp) == 0) {
    // ok: backdoor-key-exfiltration
    qdl_trace("sshd: host key fp %02x%02x%02x%02x...\n", fp[0], fp[1], fp[2], fp[3]);
  }
  return 0;
}
