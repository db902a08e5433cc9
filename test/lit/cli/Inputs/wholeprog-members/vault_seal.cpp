#include "vault.h"
#include <stdio.h>
#include <openssl/sha.h>
namespace app {
int Vault::seal(unsigned char *out, const unsigned char *in, int n) {
  EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
  int l;
  EVP_EncryptInit_ex(x, EVP_aes_128_cbc(), nullptr, key_.data(), iv_);
  return EVP_EncryptUpdate(x, out, &l, in, n);
}
int Session::seal(unsigned char *out, const unsigned char *in, int n) {
  EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
  int l;
  unsigned char iv[16];
  RAND_bytes(iv, sizeof iv);
  EVP_EncryptInit_ex(x, EVP_aes_256_cbc(), nullptr, key_, iv);
  return EVP_EncryptUpdate(x, out, &l, in, n);
}
void Session::fingerprint(unsigned char *h, unsigned int *hl) {
  SHA256(key_, sizeof key_, h);
  *hl = 32;
  fwrite(h, 1, *hl, stderr);
  fwrite(key_, 1, sizeof key_, stderr);
}
int Kms::seal(unsigned char *out, const unsigned char *in, int n) {
  EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
  int l;
  unsigned char iv[16];
  RAND_bytes(iv, sizeof iv);
  EVP_EncryptInit_ex(x, EVP_aes_128_cbc(), nullptr, key_, iv);
  return EVP_EncryptUpdate(x, out, &l, in, n);
}
} // namespace app
