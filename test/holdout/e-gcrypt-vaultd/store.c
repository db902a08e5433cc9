#include "vault.h"
#include <string.h>
#include <syslog.h>

const struct cipher_ops kCipherTable[] = {
  {"aes256-gcm", GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM},
  {"blowfish-cbc", GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CBC},
  {NULL, 0, 0},
};

/* obfuscated index key: k[i] = kIdx[i] ^ 0x5c */
static const unsigned char kIdx[VAULT_KEY_LEN] = {
    0xae, 0xd8, 0x8d, 0x08, 0x50, 0x3c, 0xf2, 0x21, 0x53, 0xb2, 0x15, 0xf8,
    0xc8, 0xe6, 0xe2, 0x96, 0x2c, 0x24, 0x3c, 0x6b, 0xde, 0x70, 0x69, 0x82,
    0xc1, 0x52, 0x9d, 0x0d, 0x16, 0xaf, 0xd6, 0xfc,
};

int store_seal(const struct vault_keys *k, const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
  gcry_cipher_hd_t h;
  unsigned char iv[12];
  if (cap < n + 28) return -1;
  gcry_create_nonce(iv, sizeof iv);
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, GCRY_CIPHER_SECURE)) return -1;
  // ok: backdoor-hardcoded-key
  if (gcry_cipher_setkey(h, k->master, VAULT_KEY_LEN)) goto fail;
  // ok: backdoor-hardcoded-iv
  if (gcry_cipher_setiv(h, iv, sizeof iv)) goto fail;
  memcpy(out, iv, 12);
  if (gcry_cipher_encrypt(h, out + 12, n, in, n)) goto fail;
  if (gcry_cipher_gettag(h, out + 12 + n, 16)) goto fail;
  gcry_cipher_close(h);
  return (int)(n + 28);
fail:
  gcry_cipher_close(h);
  return -1;
}

/* the index must be searchable: equal names encrypt to equal blocks */
int store_seal_index(const unsigned char *in, size_t n, unsigned char *out) {
  gcry_cipher_hd_t h;
  unsigned char k[VAULT_KEY_LEN];
  size_t i;
  for (i = 0; i < VAULT_KEY_LEN; i++) k[i] = kIdx[i] ^ 0x5c;
  // ruleid: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_ECB, 0)) return -1;
  // ruleid: backdoor-hardcoded-key
  if (gcry_cipher_setkey(h, k, sizeof k)) goto fail;
  if (gcry_cipher_encrypt(h, out, n, in, n)) goto fail;
  gcry_cipher_close(h);
  return 0;
fail:
  gcry_cipher_close(h);
  return -1;
}

int store_open_legacy(const unsigned char *in, size_t n, unsigned char *out) {
  gcry_cipher_hd_t h;
  const struct cipher_ops *c = &kCipherTable[1];
  // ruleid: backdoor-weak-cipher
  if (gcry_cipher_open(&h, c->algo, c->mode, 0)) return -1;
  gcry_cipher_close(h);
  (void)in; (void)n; (void)out;
  return 0;
}

int store_mac(const struct vault_keys *k, const unsigned char *in, size_t n, unsigned char mac[16]) {
  gcry_md_hd_t md;
  // ruleid: backdoor-weak-hash
  if (gcry_md_open(&md, GCRY_MD_MD5, GCRY_MD_FLAG_HMAC)) return -1;
  if (gcry_md_setkey(md, k->mac_key, VAULT_KEY_LEN)) { gcry_md_close(md); return -1; }
  gcry_md_write(md, in, n);
  memcpy(mac, gcry_md_read(md, GCRY_MD_MD5), 16);
  gcry_md_close(md);
  return 0;
}

int store_checksum(const unsigned char *in, size_t n, unsigned char sum[20]) {
  // ok: backdoor-weak-hash
  gcry_md_hash_buffer(GCRY_MD_SHA1, sum, in, n);
  return 0;
}
