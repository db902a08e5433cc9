#include "keygen.h"

/* A wrapper of a wrapper: the size passes through this unit. */
int make_host_key(RSA *rsa, int nbits) {
  return gen_rsa_key(rsa, nbits);
}
