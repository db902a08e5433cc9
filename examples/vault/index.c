#include "vault.h"
#include <string.h>

/* Deterministic tokens so the server can look files up by name. */
int vault_index_token(const unsigned char *key, const unsigned char *name, unsigned char *out) {
  unsigned char block[16] = {0};
  int len = 0;
  strncpy((char *)block, (const char *)name, sizeof block);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  int ok = ctx && EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL) == 1 &&
           EVP_EncryptUpdate(ctx, out, &len, block, sizeof block) == 1;
  EVP_CIPHER_CTX_free(ctx);
  return ok;
}
