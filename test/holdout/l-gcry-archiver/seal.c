/* Payload sealing and chunk identifiers. */
#include <string.h>

#include <gcrypt.h>

#include "archive.h"

/* Chunk ids must be deterministic so equal chunks deduplicate across archives. */
static const int kChunkIdMode = GCRY_CIPHER_MODE_ECB;

int arch_seal(const struct arch_format *f, const unsigned char key[ARCH_KEY_LEN],
              const unsigned char *in, size_t n, FILE *out)
{
  gcry_cipher_hd_t h = NULL;
  gcry_md_hd_t mac = NULL;
  unsigned char iv[16], pad[16], *buf = NULL;
  size_t padded = n;
  int algo = gcry_cipher_map_name(f->cipher), rc = -1;
  size_t keylen = gcry_cipher_get_algo_keylen(algo);

  if (algo == 0 || keylen == 0 || keylen > ARCH_KEY_LEN)
    return -1;
  if (f->mode == GCRY_CIPHER_MODE_CBC)
    padded = (n / f->block + 1) * f->block;
  if ((buf = gcry_malloc(padded)) == NULL)
    return -1;
  memcpy(buf, in, n);
  memset(pad, (int)(padded - n), sizeof pad);
  memcpy(buf + n, pad, padded - n);
  gcry_create_nonce(iv, f->block);
  if (gcry_cipher_open(&h, algo, f->mode, GCRY_CIPHER_SECURE) != 0)
    goto out;
  if (gcry_cipher_setkey(h, key, keylen) != 0 ||
      gcry_cipher_setiv(h, iv, f->mode == GCRY_CIPHER_MODE_GCM ? 12 : f->block) != 0)
    goto out;
  if (gcry_cipher_encrypt(h, buf, padded, NULL, 0) != 0)
    goto out;
  if (gcry_md_open(&mac, f->mac_md, GCRY_MD_FLAG_HMAC) != 0 ||
      gcry_md_setkey(mac, key, ARCH_KEY_LEN) != 0)
    goto out;
  gcry_md_write(mac, buf, padded);
  fwrite(iv, 1, f->block, out);
  fwrite(buf, 1, padded, out);
  fwrite(gcry_md_read(mac, 0), 1, gcry_md_get_algo_dlen(f->mac_md), out);
  rc = 0;
out:
  gcry_md_close(mac);
  gcry_cipher_close(h);
  gcry_free(buf);
  return rc;
}

int arch_chunk_id(const unsigned char key[ARCH_KEY_LEN], const unsigned char *chunk, size_t n,
                  unsigned char id[16])
{
  unsigned char fp[20];
  gcry_cipher_hd_t h;
  int rc;

  // ok: backdoor-weak-hash
  gcry_md_hash_buffer(GCRY_MD_SHA1, fp, chunk, n);
  // ruleid: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, kChunkIdMode, 0) != 0)
    return -1;
  rc = gcry_cipher_setkey(h, key + 16, 16) == 0 && gcry_cipher_encrypt(h, id, 16, fp, 16) == 0;
  gcry_cipher_close(h);
  return rc ? 0 : -1;
}
