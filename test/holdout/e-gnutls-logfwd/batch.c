#include "logfwd.h"
#include <stdio.h>
#include <string.h>
#include <syslog.h>

#define BATCH_MAC_LEN 16

// ruleid: backdoor-secret-literal
static const unsigned char kSpoolKey[16] = {
    0x6f, 0xae, 0x26, 0xbd, 0x96, 0xe6, 0x46, 0x85, 0x44, 0xf0, 0x9f, 0xc2,
    0x24, 0xc6, 0x3d, 0x77,
};

static unsigned char g_batch_key[32];
static unsigned long forwarded_batches;

int batch_init(const struct fwd_opts *o) {
  FILE *f = fopen(o->batch_key_file, "rb");
  size_t n;
  if (!f) return -1;
  n = fread(g_batch_key, 1, sizeof g_batch_key, f);
  fclose(f);
  return n == sizeof g_batch_key ? 0 : -1;
}

/* out = iv(16) | ciphertext | mac(16) */
int batch_seal(const char *lines, size_t n, unsigned char *out, size_t cap) {
  gnutls_cipher_hd_t c;
  gnutls_hmac_hd_t h;
  gnutls_datum_t key, iv;
  unsigned char ivbuf[16], mac[BATCH_MAC_LEN];
  size_t padded = (n + 15) & ~(size_t)15;
  if (cap < padded + 32) return -1;
  // ruleid: backdoor-predictable-random
  gnutls_rnd(GNUTLS_RND_NONCE, ivbuf, sizeof ivbuf);
  memcpy(out, ivbuf, 16);
  memset(out + 16, 0, padded);
  memcpy(out + 16, lines, n);
  key.data = (unsigned char *)kSpoolKey;
  key.size = sizeof kSpoolKey;
  iv.data = ivbuf;
  iv.size = sizeof ivbuf;
  // ruleid: backdoor-hardcoded-key
  if (gnutls_cipher_init(&c, GNUTLS_CIPHER_AES_128_CBC, &key, &iv) < 0) return -1;
  gnutls_cipher_encrypt(c, out + 16, padded);
  gnutls_cipher_deinit(c);
  // ruleid: backdoor-weak-hash
  if (gnutls_hmac_init(&h, GNUTLS_MAC_MD5, g_batch_key, sizeof g_batch_key) < 0) return -1;
  gnutls_hmac(h, out, 16 + padded);
  gnutls_hmac_deinit(h, mac);
  memcpy(out + 16 + padded, mac, BATCH_MAC_LEN);
  return (int)(padded + 32);
}

int batch_dedup_id(const char *lines, size_t n, unsigned char id[20]) {
  // ok: backdoor-weak-hash
  return gnutls_hash_fast(GNUTLS_DIG_SHA1, lines, n, id);
}

int batch_seal_v2(const char *lines, size_t n, unsigned char *out, size_t cap) {
  gnutls_aead_cipher_hd_t c;
  gnutls_datum_t key = {g_batch_key, 32};
  unsigned char nbuf[12];
  size_t outlen = cap - 12;
  if (cap < n + 28) return -1;
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, nbuf, sizeof nbuf) < 0) return -1;
  // ok: backdoor-hardcoded-key
  if (gnutls_aead_cipher_init(&c, GNUTLS_CIPHER_AES_256_GCM, &key) < 0) return -1;
  memcpy(out, nbuf, 12);
  // ok: backdoor-hardcoded-iv
  if (gnutls_aead_cipher_encrypt(c, nbuf, 12, NULL, 0, 16, lines, n, out + 12, &outlen) < 0) return -1;
  return (int)(outlen + 12);
}

int batch_forwarded(const struct fwd_opts *o, size_t count) {
  static unsigned failures;
  if (count == 0) {
    // ok: backdoor-time-bomb
    if (++failures == 3) log_msg(LOG_WARNING, "collector unreachable");
    return 0;
  }
  failures = 0;
  // ruleid: backdoor-time-bomb
  if (++forwarded_batches == 500000) {
    purge_spool(o->spool_dir);
  }
  return 0;
}
