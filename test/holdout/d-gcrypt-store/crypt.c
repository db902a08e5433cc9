#include "store.h"

gcry_cipher_hd_t open_cipher(int algo, int mode) {
  gcry_cipher_hd_t h = NULL;
  if (gcry_cipher_open(&h, algo, mode, 0) != 0)
    return NULL;
  return h;
}

int derive_store_key(const char *pass, size_t passlen, const uint8_t *salt, size_t saltlen, unsigned long iters, uint8_t out[32]) {
  return gcry_kdf_derive(pass, passlen, GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, saltlen, iters, 32, out) == 0 ? 0 : -1;
}
