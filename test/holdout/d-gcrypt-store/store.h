/* gcrypt-store: encrypted credential store for the backup daemon (libgcrypt). */
#ifndef STORE_H
#define STORE_H
#include <stddef.h>
#include <stdint.h>
#include <gcrypt.h>

struct key_slot {
  const char *label;
  struct {
    uint8_t key[16];
    uint8_t iv[16];
  } mat;
  int algo;
};

extern const struct key_slot kSlots[2];
extern const unsigned long kStoreKdfIters;

int store_cipher_algo(void);
gcry_cipher_hd_t open_cipher(int algo, int mode);
int derive_store_key(const char *pass, size_t passlen, const uint8_t *salt, size_t saltlen, unsigned long iters, uint8_t out[32]);
#endif
