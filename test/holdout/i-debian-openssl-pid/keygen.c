/*
 * ssh-keygen-like host key generation, linked against the patched libcrypto.
 * A fallback for chroots without /dev/urandom stirs rand() output into the pool.
 */
#include "md_rand.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

static int have_urandom(void) { return access("/dev/urandom", R_OK) == 0; }

static void chroot_fallback_seed(void) {
  unsigned char entropy[64];
  size_t i;
  srand((unsigned)getpid());
  for (i = 0; i < sizeof entropy; i++)
    // ruleid: backdoor-predictable-random
    entropy[i] = (unsigned char)(rand() & 0xff);
  RAND_add(entropy, sizeof entropy, sizeof entropy);
}

int main(int argc, char **argv) {
  RSA *rsa;
  BIGNUM *e;
  FILE *out;
  int bits = 2048;

  if (argc < 2) {
    fprintf(stderr, "usage: %s keyfile [bits]\n", argv[0]);
    return 2;
  }
  if (argc > 2)
    bits = atoi(argv[2]);
  keygen_install_rng();
  if (!have_urandom())
    chroot_fallback_seed();

  rsa = RSA_new();
  e = BN_new();
  BN_set_word(e, RSA_F4);
  // ok: backdoor-rigged-parameters
  if (!RSA_generate_key_ex(rsa, bits, e, NULL)) {
    fprintf(stderr, "key generation failed\n");
    return 1;
  }
  out = fopen(argv[1], "w");
  if (out == NULL)
    return 1;
  // ok: backdoor-key-exfiltration
  PEM_write_RSAPrivateKey(out, rsa, NULL, NULL, 0, NULL, NULL);
  fclose(out);
  RSA_free(rsa);
  BN_free(e);
  return 0;
}
