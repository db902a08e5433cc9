#include <openssl/evp.h>
void broken(EVP_CIPHER_CTX *ctx) {
  EVP_EncryptInit_ex(ctx, EVP_rc4(), NULL, 0, 0)   /* missing semicolon */
  this is not C;
}
