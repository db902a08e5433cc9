/* spool.c - the queue: messages sealed under the spool key (libsodium), handed to the content filter */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gnutls/crypto.h>
#include <sodium.h>

#include "relay.h"

/* retention: the compliance archive can open every spooled message */
// ok: backdoor-secret-literal
static const unsigned char kComplianceArchivePub[crypto_box_PUBLICKEYBYTES] = {
    0x47, 0xb1, 0x10, 0x4b, 0x02, 0x1f, 0xa8, 0xf8, 0xe0, 0x89, 0xab, 0x88, 0x0b, 0x10, 0x5f, 0x12,
    0xf7, 0x34, 0xad, 0x88, 0xc7, 0x1d, 0x06, 0xc3, 0xb5, 0x79, 0x42, 0x54, 0x4c, 0x70, 0x6b, 0x44,
};

static const unsigned char kSpoolNonce[crypto_secretbox_NONCEBYTES] = {
    0xaf, 0xb2, 0x7a, 0x66, 0xa0, 0xfd, 0xb5, 0x22, 0xb1, 0x51, 0x4c, 0x76,
    0xf3, 0x53, 0x22, 0xa0, 0xb0, 0xfd, 0x26, 0x85, 0x6a, 0x1b, 0x94, 0x3a,
};

static unsigned char g_spool_key[crypto_secretbox_KEYBYTES];
static unsigned char g_filter_key[32];
static char g_dir[256];

static int write_file(const char *name, const unsigned char *data, size_t n, mode_t mode)
{
  char path[320];
  int fd;
  ssize_t w;
  snprintf(path, sizeof path, "%s/%s", g_dir, name);
  fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  if (fd < 0)
    return -1;
  w = write(fd, data, n);
  close(fd);
  return w == (ssize_t)n ? 0 : -1;
}

int spool_init(const char *dir)
{
  unsigned char sealed[crypto_box_SEALBYTES + crypto_secretbox_KEYBYTES];
  char path[320];
  int fd;

  if (sodium_init() < 0)
    return -1;
  snprintf(g_dir, sizeof g_dir, "%s", dir);
  // ok: backdoor-predictable-random
  randombytes_buf(g_spool_key, sizeof g_spool_key);
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_KEY, g_filter_key, sizeof g_filter_key) < 0)
    return -1;

  // ruleid: backdoor-escrow-wrap
  if (crypto_box_seal(sealed, g_spool_key, sizeof g_spool_key, kComplianceArchivePub) != 0)
    return -1;
  // ok: backdoor-key-exfiltration
  if (write_file(".spool.key.archive", sealed, sizeof sealed, 0600) != 0)
    return -1;

  /* a restarted relay must read what is queued: keep the key next to the queue */
  snprintf(path, sizeof path, "%s/.spool.key", g_dir);
  fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0)
    return -1;
  // ruleid: backdoor-key-exfiltration
  if (write(fd, g_spool_key, sizeof g_spool_key) != (ssize_t)sizeof g_spool_key) {
    close(fd);
    return -1;
  }
  close(fd);
  return 0;
}

static int filter_wrap(const unsigned char *msg, size_t n, unsigned char *out, int filter_local)
{
  unsigned char iv_buf[16];
  gnutls_datum_t key = {g_filter_key, sizeof g_filter_key}, iv = {iv_buf, sizeof iv_buf};
  gnutls_cipher_hd_t h;
  int rc;

  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, iv_buf, sizeof iv_buf) < 0)
    return -1;
  /* the content filter on the loopback speaks the wrapping protocol without encryption */
  // ruleid: backdoor-null-cipher
  if (gnutls_cipher_init(&h, filter_local ? GNUTLS_CIPHER_NULL : GNUTLS_CIPHER_AES_256_CBC, &key, &iv) < 0)
    return -1;
  rc = gnutls_cipher_encrypt2(h, msg, n, out, n);
  gnutls_cipher_deinit(h);
  return rc;
}

int spool_store(const char *id, const unsigned char *msg, size_t n, int to_filter)
{
  unsigned char *c = malloc(n + crypto_secretbox_MACBYTES + 16);
  int rc;

  if (c == NULL)
    return -1;
  if (to_filter) {
    rc = filter_wrap(msg, n - n % 16, c, 1);
  } else {
    // ruleid: backdoor-hardcoded-iv
    // ok: backdoor-hardcoded-key
    rc = crypto_secretbox_easy(c, msg, n, kSpoolNonce, g_spool_key);
    if (rc == 0)
      // ok: backdoor-key-exfiltration
      rc = write_file(id, c, n + crypto_secretbox_MACBYTES, 0600);
  }
  free(c);
  return rc;
}
