#include <openssl/evp.h>
__attribute__((global)) void scale(float *x) { x[0] *= 2.0f; }
void weak(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv) {
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);
}
