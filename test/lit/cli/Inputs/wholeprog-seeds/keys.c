#include <stdlib.h>
#include <openssl/evp.h>

void make_session_key(unsigned char *key, int n) {
  for (int i = 0; i < n; i++) key[i] = (unsigned char)(rand() & 0xff);
}

int seal(const unsigned char *in, int inl, unsigned char *out, int *outl,
         const unsigned char *iv) {
  unsigned char key[32];
  make_session_key(key, 32);
  EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
  EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), NULL, key, iv);
  return EVP_EncryptUpdate(ctx, out, outl, in, inl);
}

/* random() is another generator: main.c never seeds it. */
long next_token(void) {
  long token = random();
  return token;
}
