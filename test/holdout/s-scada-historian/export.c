/* Exports for other plant systems. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hist.h"

static int write_sealed(const char *path, gcry_cipher_hd_t h, size_t ivlen, const unsigned char *data, size_t n, size_t block) {
  unsigned char iv[16];
  size_t padded = (n / block + 1) * block;
  unsigned char *buf = calloc(1, padded);
  if (buf == NULL || ivlen > sizeof iv)
    return -1;
  memcpy(buf, data, n);
  memset(buf + n, (int)(padded - n), padded - n);
  gcry_create_nonce(iv, ivlen);
  // ok: backdoor-hardcoded-iv
  gcry_error_t err = gcry_cipher_setiv(h, iv, ivlen);
  err = err ? err : gcry_cipher_encrypt(h, buf, padded, NULL, 0);
  FILE *f = err ? NULL : fopen(path, "wb");
  if (f != NULL) {
    fwrite(iv, 1, ivlen, f);
    fwrite(buf, 1, padded, f);
    fclose(f);
  }
  free(buf);
  return f != NULL ? 0 : -1;
}

/* the plant information system of 2004 imports 3DES-CBC files only */
int export_legacy_pi(const char *path, const unsigned char key[24], const unsigned char *data, size_t n) {
  gcry_cipher_hd_t h;
  // ruleid: backdoor-weak-cipher
  if (archive_open(GCRY_CIPHER_3DES, &h) != 0)
    return -1;
  int rc = gcry_cipher_setkey(h, key, 24) == 0 ? write_sealed(path, h, 8, data, n, 8) : -1;
  gcry_cipher_close(h);
  return rc;
}

int export_csv_sealed(const char *path, const unsigned char key[32], const unsigned char *data, size_t n) {
  gcry_cipher_hd_t h;
  // ok: backdoor-weak-cipher
  if (archive_open(GCRY_CIPHER_AES256, &h) != 0)
    return -1;
  int rc = gcry_cipher_setkey(h, key, 32) == 0 ? write_sealed(path, h, 16, data, n, 16) : -1;
  gcry_cipher_close(h);
  return rc;
}
