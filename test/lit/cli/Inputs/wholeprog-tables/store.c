#include "tables.h"

int seal_slot(EVP_CIPHER_CTX *ctx, int slot) {
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, kSlots[slot].mat.key, kSlots[slot].mat.iv);
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, kProfile.slots[slot].mat.key, NULL);
  return 0;
}

int seal_loaded(EVP_CIPHER_CTX *ctx, int slot, const uint8_t *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, gLoaded[slot].mat.key, iv);
}

int open_store(const char *pass, const uint8_t *salt, uint8_t *key) {
  if (derive_store_key(pass, salt, kStoreKdfIters, key) != 0)
    return -1;
  if (derive_store_key(pass, salt, kStrongKdfIters, key) != 0)
    return -1;
  return derive_store_key(pass, salt, gConfiguredIters, key);
}
