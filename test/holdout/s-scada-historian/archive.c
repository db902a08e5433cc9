/* Sealed archive segments and the archive index. */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "hist.h"

int archive_open(int algo, gcry_cipher_hd_t *h) {
  return gcry_cipher_open(h, algo, GCRY_CIPHER_MODE_CBC, 0) == 0 ? 0 : -1;
}

int archive_seal(const struct seal_params *sp, const unsigned char *key, unsigned char *buf, size_t n) {
  gcry_cipher_hd_t h;
  if (n % 16 != 0 || archive_open(sp->algo, &h) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  gcry_error_t err = gcry_cipher_setkey(h, key, 32);
  // ruleid: backdoor-hardcoded-iv
  err = err ? err : gcry_cipher_setiv(h, sp->iv, sizeof sp->iv);
  err = err ? err : gcry_cipher_encrypt(h, buf, n, NULL, 0);
  gcry_cipher_close(h);
  return err ? -1 : 0;
}

/* the index key: derived from the site passphrase when one is configured */
int archive_unlock(const char *passphrase, const unsigned char salt[16], gcry_cipher_hd_t *h) {
  unsigned char key[32];
  memset(key, 0, sizeof key);
  if (passphrase != NULL && passphrase[0] != '\0') {
    // ok: backdoor-weak-kdf
    if (gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, 16, 600000, sizeof key, key) != 0)
      return -1;
  }
  if (gcry_cipher_open(h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0)
    return -1;
  // ruleid: backdoor-known-key
  // ok: backdoor-hardcoded-key
  gcry_error_t err = gcry_cipher_setkey(*h, key, sizeof key);
  gcry_cipher_final(*h);
  return err ? -1 : 0;
}

int archive_purge_expired(const char *dir, int days) {
  char path[512];
  struct stat st;
  int removed = 0;
  DIR *d = opendir(dir);
  if (d == NULL)
    return -1;
  const time_t cutoff = time(NULL) - (time_t)days * 86400;
  for (struct dirent *e = readdir(d); e != NULL; e = readdir(d)) {
    if (strncmp(e->d_name, "seg-", 4) != 0)
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (stat(path, &st) == 0 && st.st_mtime < cutoff && unlink(path) == 0)
      removed++;
  }
  closedir(d);
  return removed;
}

void archive_shred_keys(const char *dir) {
  char path[512];
  snprintf(path, sizeof path, "%s/index.key", dir);
  unlink(path);
  snprintf(path, sizeof path, "%s/index.db", dir);
  unlink(path);
}
