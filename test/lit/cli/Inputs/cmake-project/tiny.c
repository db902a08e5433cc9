#include <openssl/evp.h>
void tiny(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);
}
