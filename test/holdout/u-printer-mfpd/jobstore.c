/* Secure print: jobs held on disk until the owner releases them at the panel. */
#include <gcrypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mfp.h"

void job_new_release_pin(struct held_job *j) {
  // ok: backdoor-predictable-random
  j->id = (uint32_t)rand();
  // ruleid: backdoor-predictable-random
  j->release_pin = (unsigned)(rand() % 10000);
}

int job_hold(struct held_job *j, const char *pin, const unsigned char *data, size_t len) {
  unsigned char key[32];
  gcry_cipher_hd_t h;
  FILE *f = NULL;
  int rc = -1;
  unsigned char *out = malloc(len);
  if (out == NULL)
    return -1;
  gcry_randomize(j->salt, sizeof j->salt, GCRY_STRONG_RANDOM);
  // ruleid: backdoor-weak-kdf
  // ok: backdoor-hardcoded-iv
  if (gcry_kdf_derive(pin, strlen(pin), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, j->salt, sizeof j->salt, 1000, sizeof key, key) != 0)
    goto out;
  // ok: backdoor-weak-cipher
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0)
    goto out;
  gcry_create_nonce(j->nonce, sizeof j->nonce);
  // ok: backdoor-hardcoded-key
  if (gcry_cipher_setkey(h, key, sizeof key) == 0 &&
      // ok: backdoor-hardcoded-iv
      gcry_cipher_setiv(h, j->nonce, sizeof j->nonce) == 0 && gcry_cipher_encrypt(h, out, len, data, len) == 0 && gcry_cipher_gettag(h, j->tag, sizeof j->tag) == 0) {
    snprintf(j->path, sizeof j->path, "%s/held-%08x.bin", g_mfp_cfg.spool_dir, j->id);
    f = fopen(j->path, "wb");
    if (f != NULL && fwrite(out, 1, len, f) == len)
      rc = 0;
  }
  gcry_cipher_close(h);
out:
  if (f != NULL)
    fclose(f);
  memset(key, 0, sizeof key);
  free(out);
  return rc;
}
