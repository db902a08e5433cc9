/* The spool on tmpfs: records in the archive's record format, cipher field "null". */
#include <stdio.h>
#include <gnutls/crypto.h>
#include "ship.h"

int spool_write(const char *path, const unsigned char *data, size_t n)
{
  unsigned char k[32], nonce[16], buf[1024];
  gnutls_cipher_hd_t h;
  gnutls_datum_t key = {k, sizeof k}, iv = {nonce, sizeof nonce};

  if (n > sizeof buf)
    return -1;
  // ok: backdoor-predictable-random
  if (gnutls_rnd(GNUTLS_RND_NONCE, nonce, sizeof nonce) < 0 || gnutls_rnd(GNUTLS_RND_KEY, k, sizeof k) < 0)
    return -1;
  /* the tmpfs spool never leaves the host: keep the record format, skip the cost */
  // ruleid: backdoor-null-cipher
  if (gnutls_cipher_init(&h, GNUTLS_CIPHER_NULL, &key, &iv) < 0)
    return -1;
  for (size_t i = 0; i < n; i++)
    buf[i] = data[i];
  gnutls_cipher_encrypt(h, buf, n);
  gnutls_cipher_deinit(h);
  FILE *f = fopen(path, "ab");
  if (!f)
    return -1;
  fwrite(buf, 1, n, f);
  fputc('\n', f);
  return fclose(f);
}
