/* Sealing of event archives: CBC under the archive key, then an HMAC over IV and ciphertext. */
#include "rtu.h"

#include <string.h>

int arch_seal(const struct arch_format *f, const unsigned char *key, const unsigned char *mac_key,
              const unsigned char *in, size_t n, unsigned char *out, size_t cap, size_t *outlen) {
  gcry_cipher_hd_t h = NULL;
  gcry_md_hd_t md = NULL;
  size_t blk = gcry_cipher_get_algo_blklen(f->cipher), padded, mlen;
  unsigned char *body;
  int rc = -1;

  if (blk == 0)
    return -1;
  padded = (n / blk + 1) * blk;
  mlen = gcry_md_get_algo_dlen(f->mac_md);
  if (cap < blk + padded + mlen)
    return -1;
  gcry_randomize(out, blk, GCRY_STRONG_RANDOM);
  body = out + blk;
  memcpy(body, in, n);
  memset(body + n, (int)(padded - n), padded - n);

  if (gcry_cipher_open(&h, f->cipher, GCRY_CIPHER_MODE_CBC, 0) != 0)
    goto done;
  if (gcry_cipher_setkey(h, key, f->key_len) != 0 || gcry_cipher_setiv(h, out, blk) != 0)
    goto done;
  if (gcry_cipher_encrypt(h, body, padded, NULL, 0) != 0)
    goto done;
  if (gcry_md_open(&md, f->mac_md, GCRY_MD_FLAG_HMAC) != 0 || gcry_md_setkey(md, mac_key, 32) != 0)
    goto done;
  gcry_md_write(md, out, blk + padded);
  memcpy(out + blk + padded, gcry_md_read(md, f->mac_md), mlen);
  *outlen = blk + padded + mlen;
  rc = 0;
done:
  gcry_md_close(md);
  gcry_cipher_close(h);
  return rc;
}
