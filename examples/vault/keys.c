#include "vault.h"
#include <openssl/rsa.h>

static int key_bits(int compat) {
  return compat ? VAULT_COMPAT_KEY_BITS : 3072;
}

EVP_PKEY *vault_make_keypair(int compat) {
  EVP_PKEY *pkey = NULL;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (!ctx || EVP_PKEY_keygen_init(ctx) <= 0)
    return NULL;
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, key_bits(compat));
  EVP_PKEY_keygen(ctx, &pkey);
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

int vault_wrap_key(EVP_PKEY *recipient, const unsigned char *key, size_t n, unsigned char *out,
                   size_t *outlen) {
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(recipient, NULL);
  int ok = ctx && EVP_PKEY_encrypt_init(ctx) > 0 &&
           EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) > 0 &&
           EVP_PKEY_encrypt(ctx, out, outlen, key, n) > 0;
  EVP_PKEY_CTX_free(ctx);
  return ok;
}
