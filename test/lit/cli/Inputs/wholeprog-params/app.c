#include "keygen.h"

#define LEGACY_BITS 1024

int setup(RSA *a, RSA *b, RSA *c, RSA *d, const unsigned char *k, const unsigned char *iv,
          unsigned char *out, int *outl, const unsigned char *in, int n, int user_bits) {
  gen_rsa_key(a, LEGACY_BITS);
  gen_rsa_key(b, 4096);
  make_host_key(c, 512);
  make_host_key(d, 3072);
  gen_rsa_key(d, user_bits);
  encrypt_named("des-cbc", k, iv, out, outl, in, n);
  encrypt_named("aes-256-cbc", k, iv, out, outl, in, n);
  unsigned char dk[32];
  const char *pass = (const char *)in;
  derive(pass, k, 1000, dk);
  derive(pass, k, 600000, dk);
  return 0;
}
