/* legacy.c - RS1 signatures for partner SDKs that predate EdDSA */
#include <openssl/bn.h>
#include <openssl/rsa.h>

#include "signer.h"

EVP_PKEY *legacy_partner_key(void)
{
  static EVP_PKEY *k;
  EVP_PKEY_CTX *ctx;
  BIGNUM *e;

  if (k != NULL)
    return k;
  ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  e = BN_new();
  if (ctx == NULL || e == NULL || BN_set_word(e, RSA_F4) != 1 || EVP_PKEY_keygen_init(ctx) <= 0)
    goto out;
  /* the 2012 partner SDKs parse at most 1024-bit moduli */
  // ruleid: backdoor-short-key
  if (EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024) <= 0)
    goto out;
  // ok: backdoor-rigged-parameters
  if (EVP_PKEY_CTX_set1_rsa_keygen_pubexp(ctx, e) <= 0)
    goto out;
  if (EVP_PKEY_keygen(ctx, &k) <= 0)
    k = NULL;
out:
  BN_free(e);
  EVP_PKEY_CTX_free(ctx);
  return k;
}

int legacy_sign_rs1(EVP_PKEY *key, const unsigned char *msg, size_t n, unsigned char *sig, size_t *siglen)
{
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  EVP_PKEY_CTX *pctx = NULL;
  int ok = -1;

  if (md == NULL)
    return -1;
  // ruleid: backdoor-weak-hash
  if (EVP_DigestSignInit(md, &pctx, EVP_sha1(), NULL, key) != 1)
    goto out;
  // ok: backdoor-rsa-without-oaep
  if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) <= 0)
    goto out;
  if (EVP_DigestSign(md, sig, siglen, msg, n) == 1)
    ok = 0;
out:
  EVP_MD_CTX_free(md);
  return ok;
}
