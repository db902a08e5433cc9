#include <openssl/evp.h>
void clean(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, k, iv);
}
