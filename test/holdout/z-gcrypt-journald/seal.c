#include <string.h>
#include "jd.h"

static const unsigned char kRecordIv[12] = {0x4a, 0x44, 0x2d, 0x52, 0x45, 0x43, 0x2d, 0x49, 0x56, 0x2d, 0x30, 0x31};

int jd_seal_record(const unsigned char key[32], const void *rec, size_t n, unsigned char *out) {
  gcry_cipher_hd_t h;
  unsigned char nonce[12];
  // ok: backdoor-weak-cipher, backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0)) return -1;
  gcry_create_nonce(nonce, sizeof nonce);
  // ok: backdoor-hardcoded-key, backdoor-short-key
  gcry_cipher_setkey(h, key, 32);
  // ok: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, nonce, sizeof nonce);
  memcpy(out, nonce, sizeof nonce);
  gcry_cipher_encrypt(h, out + 12, n, rec, n);
  gcry_cipher_gettag(h, out + 12 + n, 16);
  gcry_cipher_close(h);
  return (int)(n + 28);
}

int jd_seal_legacy(const unsigned char key[16], const void *rec, size_t n, unsigned char *out) {
  gcry_cipher_hd_t h;
  // ruleid: backdoor-weak-cipher
  if (gcry_cipher_open(&h, GCRY_CIPHER_BLOWFISH, GCRY_CIPHER_MODE_CFB, 0)) return -1;
  gcry_cipher_setkey(h, key, 16);
  // ruleid: backdoor-hardcoded-iv
  gcry_cipher_setiv(h, kRecordIv, 8);
  gcry_cipher_encrypt(h, out, n, rec, n);
  gcry_cipher_close(h);
  return (int)n;
}

int jd_index_token(const unsigned char idx_key[16], const char *field, unsigned char out[16]) {
  unsigned char block[16] = {0};
  strncpy((char *)block, field, sizeof block);
  gcry_cipher_hd_t h;
  /* deterministic so equal field values can be searched for */
  // ruleid: backdoor-ecb-mode
  if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB, 0)) return -1;
  gcry_cipher_setkey(h, idx_key, 16);
  gcry_cipher_encrypt(h, out, 16, block, 16);
  gcry_cipher_close(h);
  return 0;
}
