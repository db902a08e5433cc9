#include "tables.h"

int seal_for(EVP_CIPHER_CTX *ctx, int t) {
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, kTenants[t].k.enc, kTenants[t].k.nonce);
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, kRegion.tenants[t].k.enc, NULL);
  return 0;
}

int seal_loaded(EVP_CIPHER_CTX *ctx, int t, const uint8_t *iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, gLoaded[t].k.enc, iv);
}

int open_store(const char *pass, const uint8_t *salt, uint8_t *key) {
  if (derive_store_key(pass, salt, kStoreKdfIters, key) != 0)
    return -1;
  if (derive_store_key(pass, salt, kStrongKdfIters, key) != 0)
    return -1;
  return derive_store_key(pass, salt, gConfiguredIters, key);
}
