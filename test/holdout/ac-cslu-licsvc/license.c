/* license.c - signed license files from the cloud (ECDSA P-256 over SHA-256) */
#include <string.h>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include "cslu.h"

// ok: backdoor-secret-literal
static const char kLicenseSigningPub[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEH/zyL/z/DEfYvT22wSF7vlVJX/sN\n"
    "ncH+KmPdg0kX2eYZ7P5XHr+hEWYJwvTAd5IyjTtUa1caxQv++aoat8fSkA==\n"
    "-----END PUBLIC KEY-----\n";

static EVP_PKEY *license_key(void)
{
  BIO *b = BIO_new_mem_buf(kLicenseSigningPub, -1);
  EVP_PKEY *k;
  if (b == NULL)
    return NULL;
  // ok: backdoor-hardcoded-key
  k = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  return k;
}

int license_verify(const unsigned char *lic, size_t n, const unsigned char *sig, size_t siglen)
{
  EVP_PKEY *pub = license_key();
  EVP_MD_CTX *md = NULL;
  int ok = 0;

  if (pub == NULL)
    return 0;
  md = EVP_MD_CTX_new();
  // ok: backdoor-weak-hash
  if (md == NULL || EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  // ok: backdoor-unchecked-verification
  ok = EVP_DigestVerify(md, sig, siglen, lic, n) == 1;
out:
  EVP_MD_CTX_free(md);
  EVP_PKEY_free(pub);
  return ok;
}
