#ifndef BASE_KEYS_H
#define BASE_KEYS_H
#include <openssl/evp.h>
int legacy_encrypt(EVP_CIPHER_CTX *ctx, const unsigned char *key, const unsigned char *iv);
#endif
