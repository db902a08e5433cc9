#include <openssl/evp.h>
void weak(EVP_CIPHER_CTX *ctx, const unsigned char *k, const unsigned char *iv, int n) {
#pragma omp target teams distribute parallel for
  for (int i = 0; i < n; ++i) {
  }
  EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, k, iv);
}
