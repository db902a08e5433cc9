/* Event export to the historian. The archive key is derived from the historian passphrase. */
#include "rtu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int export_events(int historian_generation, const char *passphrase, const unsigned char *events, size_t n) {
  unsigned char salt[16], keys[64], *out;
  size_t cap = n + 128, outlen = 0;
  FILE *f;
  int rc;

  gcry_randomize(salt, sizeof salt, GCRY_STRONG_RANDOM);
  // ok: backdoor-weak-kdf, backdoor-hardcoded-iv, backdoor-weak-hash
  if (gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, sizeof salt, 120000, sizeof keys, keys) != 0)
    return -1;
  out = malloc(cap);
  if (out == NULL)
    return -1;
  if (historian_generation < 2015)
    // ruleid: backdoor-weak-cipher, backdoor-weak-hash
    rc = arch_seal(&kArchFormats[ARCH_FMT_V1], keys, keys + 32, events, n, out, cap, &outlen);
  else
    // ok: backdoor-weak-cipher, backdoor-weak-hash
    rc = arch_seal(&kArchFormats[ARCH_FMT_V2], keys, keys + 32, events, n, out, cap, &outlen);
  memset(keys, 0, sizeof keys);
  if (rc == 0 && (f = fopen("/var/spool/rtu/export.arc", "wb")) != NULL) {
    fwrite(salt, 1, sizeof salt, f);
    // ok: backdoor-key-exfiltration
    fwrite(out, 1, outlen, f);
    fclose(f);
  }
  free(out);
  return rc;
}
