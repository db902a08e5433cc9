#include "transport.h"
#include <openssl/rand.h>
int encrypt_record(const unsigned char *in, unsigned char *out, int n) {
  unsigned char key[16];
  if (RAND_bytes(key, sizeof key) != 1) return -1;
  struct cipher_backend *b = current_backend();
  return b->seal(key, in, out, n);
}
int encrypt_public(const unsigned char *in, unsigned char *out, int n) {
  static const unsigned char label[16] = "public-label-01";
  struct cipher_backend *b = current_backend();
  return b->seal(label, in, out, n);
}
