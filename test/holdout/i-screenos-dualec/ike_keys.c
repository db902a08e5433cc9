/*
 * IKE phase 1: nonces and Diffie-Hellman private values come from the system PRNG.
 */
#include "prng.h"

#include <string.h>
#include <unistd.h>
#include <fcntl.h>

#include <openssl/evp.h>
#include <openssl/dh.h>
#include <openssl/obj_mac.h>

struct ike_sa {
  unsigned char nonce_i[32];
  unsigned char spi_i[8];
  EVP_PKEY *dh;
};

int ike_prng_boot(void) {
  unsigned char seed[32];
  int fd = open("/dev/hwrng", O_RDONLY);
  if (fd < 0)
    return -1;
  if (read(fd, seed, sizeof seed) != (ssize_t)sizeof seed) {
    close(fd);
    return -1;
  }
  close(fd);
  if (dualec_init(seed, sizeof seed) != 0 || dualec_selftest() != 0)
    return -1;
  memset(seed, 0, sizeof seed);
  return 0;
}

int ike_sa_init(struct ike_sa *sa) {
  EVP_PKEY_CTX *pctx;

  // ok: backdoor-predictable-random
  prng_get_bytes(sa->nonce_i, sizeof sa->nonce_i);
  prng_get_bytes(sa->spi_i, sizeof sa->spi_i);

  pctx = EVP_PKEY_CTX_new_id(EVP_PKEY_DH, NULL);
  if (pctx == NULL || EVP_PKEY_paramgen_init(pctx) <= 0)
    return -1;
  // ok: backdoor-short-key, backdoor-rigged-parameters
  EVP_PKEY_CTX_set_dh_nid(pctx, NID_ffdhe2048);
  sa->dh = NULL;
  if (EVP_PKEY_paramgen(pctx, &sa->dh) <= 0) {
    EVP_PKEY_CTX_free(pctx);
    return -1;
  }
  EVP_PKEY_CTX_free(pctx);
  return 0;
}
