#include "vault.h"

BOOL derive_vault_key(HCRYPTPROV prov, const struct pass_source *src, HCRYPTKEY *key) {
  HCRYPTHASH h;
  if (!CryptCreateHash(prov, CALG_SHA_256, 0, 0, &h)) return FALSE;
  CryptHashData(h, src->data, src->len, 0);
  BOOL ok = CryptDeriveKey(prov, CALG_AES_256, h, 0, key);
  CryptDestroyHash(h);
  return ok;
}

int start_cipher(EVP_CIPHER_CTX *ctx, const struct cipher_cfg *cfg) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, cfg->key, cfg->iv);
}

int start_decipher(EVP_CIPHER_CTX *ctx, const struct cipher_cfg *cfg) {
  return EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, cfg->key, cfg->iv);
}
