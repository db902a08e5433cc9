#include <openssl/evp.h>
#include "media.h"
int init_stream(EVP_CIPHER_CTX *c, const struct srtp_stream *s, const unsigned char *iv) {
  return EVP_EncryptInit_ex(c, EVP_aes_128_ctr(), NULL, s->master_key, iv);
}
int init_wallet(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char ent[16];
  fill_entropy(ent, sizeof ent);
  return EVP_EncryptInit_ex(c, EVP_aes_128_ctr(), NULL, ent, iv);
}
