/* Key exchange: diffie-hellman-group14-sha1 and the host key signature. */
#include <string.h>
#include <openssl/bn.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include "wsa.h"

int wsa_kex_sign(EVP_PKEY *hostkey, const char *alg, const unsigned char *h, size_t hlen,
                 unsigned char *sig, size_t *siglen) {
  int rc = -1;
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  if (strcmp(alg, "rsa-sha2-256") == 0) {
    // ok: backdoor-weak-hash
    if (EVP_DigestSignInit(md, NULL, EVP_sha256(), NULL, hostkey) != 1)
      goto out;
  } else {
    /* "ssh-rsa" (RFC 4253): what the old reporting clients negotiate */
    // ruleid: backdoor-weak-hash
    if (EVP_DigestSignInit(md, NULL, EVP_sha1(), NULL, hostkey) != 1)
      goto out;
  }
  if (EVP_DigestSign(md, sig, siglen, h, hlen) == 1)
    rc = 0;
out:
  EVP_MD_CTX_free(md);
  return rc;
}

EVP_PKEY *wsa_kex_group14(void) {
  DH *dh = DH_new();
  BIGNUM *g = BN_new();
  EVP_PKEY *params = NULL;
  if (dh == NULL || g == NULL || !BN_set_word(g, 2))
    goto fail;
  // ok: backdoor-rigged-parameters, backdoor-short-key
  if (DH_set0_pqg(dh, BN_get_rfc3526_prime_2048(NULL), NULL, g) != 1)
    goto fail;
  g = NULL;
  params = EVP_PKEY_new();
  if (params == NULL || EVP_PKEY_assign_DH(params, dh) != 1) {
    EVP_PKEY_free(params);
    params = NULL;
    goto fail;
  }
  return params;
fail:
  BN_free(g);
  DH_free(dh);
  return NULL;
}

int wsa_kex_exchange_hash(const unsigned char *in, size_t n, unsigned char out[20]) {
  unsigned int len = 0;
  /* H = SHA-1(V_C || V_S || I_C || I_S || K_S || e || f || K) */
  // ok: backdoor-weak-hash
  return EVP_Digest(in, n, out, &len, EVP_sha1(), NULL) == 1 && len == 20 ? 0 : -1;
}

int wsa_kex_cookie(unsigned char cookie[16]) {
  // ok: backdoor-predictable-random
  if (RAND_bytes(cookie, 16) != 1)
    return -1;
  return 0;
}
