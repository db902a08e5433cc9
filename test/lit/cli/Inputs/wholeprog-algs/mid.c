#include "crypt.h"

/* Passes the caller's cipher on to another unit's wrapper. */
int encrypt_with(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *cipher, const unsigned char *key,
                 const unsigned char *iv) {
  return do_encrypt(ctx, cipher, key, iv);
}

int default_alg(void) { return kCCAlgorithmDES; }

const int g_archive_alg = kCCAlgorithmRC4;
