#include <string.h>
#include "keygen.h"

struct conf { const char *cipher; };

/* The legacy default, when the configuration names no cipher. */
void conf_defaults(struct conf *c) {
  if (!c->cipher) c->cipher = "des-cbc";
}

/* A legacy name is upgraded; every other name is used as configured. */
int conf_encrypt(struct conf *c, const unsigned char *k, const unsigned char *iv,
                 unsigned char *out, int *outl, const unsigned char *in, int n) {
  if (strcmp(c->cipher, "des-cbc") == 0)
    return encrypt_named("aes-128-cbc", k, iv, out, outl, in, n);
  else
    return encrypt_named(c->cipher, k, iv, out, outl, in, n);
}

/* No such check: the legacy default reaches the cipher. */
int conf_encrypt_legacy(struct conf *c, const unsigned char *k, const unsigned char *iv,
                        unsigned char *out, int *outl, const unsigned char *in, int n) {
  return encrypt_named(c->cipher, k, iv, out, outl, in, n);
}
