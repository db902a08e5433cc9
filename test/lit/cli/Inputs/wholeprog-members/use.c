#include "cfg.h"
int seal_default(unsigned char *out, const unsigned char *in, int n) {
  struct cfg c;
  init_cfg(&c);
  EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
  int l;
  EVP_EncryptInit_ex(x, EVP_aes_128_cbc(), NULL, c.key, c.iv);
  return EVP_EncryptUpdate(x, out, &l, in, n);
}
int seal_loaded(unsigned char *out, const unsigned char *in, int n) {
  struct cfg c;
  load_cfg(&c, "/etc/app/key");
  EVP_CIPHER_CTX *x = EVP_CIPHER_CTX_new();
  int l;
  EVP_EncryptInit_ex(x, EVP_aes_256_cbc(), NULL, c.key, c.iv);
  return EVP_EncryptUpdate(x, out, &l, in, n);
}
