/* Identity and certificate trust lists (ITL/CTL) the phones download over TFTP.
 * Version 1 lists are for the phone firmware loads that predate SHA-2 support. */
#include "platform.h"

#include <openssl/evp.h>

int itl_sign(const unsigned char *body, size_t n, int itl_version, EVP_PKEY *key, unsigned char *sig, size_t *siglen) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  int rc = -1;

  if (ctx == NULL)
    return -1;
  // ruleid: backdoor-weak-hash
  if (EVP_DigestSignInit(ctx, NULL, itl_version == 1 ? EVP_sha1() : EVP_sha256(), NULL, key) != 1)
    goto out;
  if (EVP_DigestSign(ctx, sig, siglen, body, n) != 1)
    goto out;
  rc = 0;
out:
  EVP_MD_CTX_free(ctx);
  return rc;
}

/* A CTL pushed by the publisher: accepted only when the publisher's TVS key signed it. */
int ctl_verify(const unsigned char *body, size_t n, const unsigned char *sig, size_t siglen, EVP_PKEY *pub) {
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  int ok = 0;

  if (ctx == NULL)
    return 0;
  // ok: backdoor-weak-hash
  if (EVP_DigestVerifyInit(ctx, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  if (EVP_DigestVerifyUpdate(ctx, body, n) != 1)
    goto out;
  // ruleid: backdoor-unchecked-verification
  ok = EVP_DigestVerifyFinal(ctx, sig, siglen) != 0;
out:
  EVP_MD_CTX_free(ctx);
  return ok;
}
