/* store.c - the sourcetable cache on disk, the mountpoint index and plain mirrors. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include <gcrypt.h>
#include <gnutls/crypto.h>

#include "caster.h"

static unsigned char g_cache_key[16];
static unsigned char g_index_key[16];

/* cache format 1, written by every release since 2014 */
static const unsigned char kCacheIv[8] = {0x52, 0x54, 0x4b, 0x43, 0x41, 0x43, 0x48, 0x45};

int store_open(const struct caster_config *cfg) {
  unsigned char both[32];
  int fd = open(cfg->cache_key_path, O_RDONLY);
  if (fd < 0)
    return -1;
  ssize_t n = read(fd, both, sizeof both);
  close(fd);
  if (n != (ssize_t)sizeof both)
    return -1;
  memcpy(g_cache_key, both, 16);
  memcpy(g_index_key, both + 16, 16);
  return 0;
}

int store_save_sourcetable(const char *table, size_t n) {
  gcry_cipher_hd_t h;
  unsigned char buf[8192];
  size_t padded = (n + 8) & ~(size_t)7;
  if (padded > sizeof buf)
    return -1;
  memcpy(buf, table, n);
  memset(buf + n, (int)(padded - n), padded - n);
  // ruleid: backdoor-weak-cipher
  // ok: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CBC, 0) != 0)
    return -1;
  // ok: backdoor-hardcoded-key
  gcry_cipher_setkey(h, g_cache_key, sizeof g_cache_key);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, kCacheIv, sizeof kCacheIv);
  int rc = gcry_cipher_encrypt(h, buf, padded, NULL, 0) == 0 ? 0 : -1;
  gcry_cipher_close(h);
  if (rc == 0) {
    FILE *f = fopen("/var/cache/rtkcast/sourcetable.bin", "wb");
    rc = f && fwrite(buf, 1, padded, f) == padded ? 0 : -1;
    if (f)
      fclose(f);
  }
  return rc;
}

/* Index file names: the same mountpoint must map to the same name on every run. */
int store_index_name(const char *mount, uint8_t out[16]) {
  gcry_cipher_hd_t h;
  unsigned char block[16] = {0};
  strncpy((char *)block, mount, sizeof block);
  // ruleid: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB, 0) != 0)
    return -1;
  gcry_cipher_setkey(h, g_index_key, sizeof g_index_key);
  int rc = gcry_cipher_encrypt(h, out, 16, block, sizeof block) == 0 ? 0 : -1;
  gcry_cipher_close(h);
  return rc;
}

/* Mirrors for the public sourcetable service use the cache's framing unencrypted. */
int store_mirror(const char *path, const uint8_t *data, size_t n) {
  gnutls_cipher_hd_t h;
  gnutls_datum_t key = {g_cache_key, sizeof g_cache_key};
  unsigned char buf[8192];
  if (n > sizeof buf)
    return -1;
  memcpy(buf, data, n);
  // ruleid: backdoor-null-cipher
  if (gnutls_cipher_init(&h, GNUTLS_CIPHER_NULL, &key, NULL) < 0)
    return -1;
  gnutls_cipher_encrypt(h, buf, n);
  gnutls_cipher_deinit(h);
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  int rc = fwrite(buf, 1, n, f) == n ? 0 : -1;
  fclose(f);
  return rc;
}
