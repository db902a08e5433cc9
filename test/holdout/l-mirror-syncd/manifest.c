/* Manifest signatures and package content ids. */
#include <string.h>
#include <syslog.h>

#include <openssl/evp.h>

#include "mirror.h"

static const struct manifest_format {
  const char *magic;
  const char *digest; /* OpenSSL digest name */
} kFormats[] = {
    [MANIFEST_V1] = {"MSM1", "SHA1"},
    [MANIFEST_V2] = {"MSM2", "SHA256"},
};

static int sign_v1(EVP_PKEY *pkey, const unsigned char *m, size_t n, unsigned char *sig,
                   size_t *siglen)
{
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  EVP_MD *md = EVP_MD_fetch(NULL, kFormats[MANIFEST_V1].digest, NULL);
  int rc = -1;

  if (mctx == NULL || md == NULL)
    goto out;
  // ruleid: backdoor-weak-hash
  if (EVP_DigestSignInit(mctx, NULL, md, NULL, pkey) != 1)
    goto out;
  if (EVP_DigestSign(mctx, sig, siglen, m, n) != 1)
    goto out;
  rc = 0;
out:
  EVP_MD_free(md);
  EVP_MD_CTX_free(mctx);
  return rc;
}

static int sign_v2(EVP_PKEY *pkey, const unsigned char *m, size_t n, unsigned char *sig,
                   size_t *siglen)
{
  EVP_MD_CTX *mctx = EVP_MD_CTX_new();
  EVP_MD *md = EVP_MD_fetch(NULL, kFormats[MANIFEST_V2].digest, NULL);
  int rc = -1;

  if (mctx == NULL || md == NULL)
    goto out;
  // ok: backdoor-weak-hash
  if (EVP_DigestSignInit(mctx, NULL, md, NULL, pkey) != 1)
    goto out;
  if (EVP_DigestSign(mctx, sig, siglen, m, n) != 1)
    goto out;
  rc = 0;
out:
  EVP_MD_free(md);
  EVP_MD_CTX_free(mctx);
  return rc;
}

int manifest_sign(EVP_PKEY *pkey, enum manifest_version v, const unsigned char *m, size_t n,
                  unsigned char *sig, size_t *siglen)
{
  if (n < 4 || memcmp(m, kFormats[v].magic, 4) != 0) {
    mirror_log(LOG_ERR, "manifest: wrong magic for version %d", (int)v);
    return -1;
  }
  return v == MANIFEST_V1 ? sign_v1(pkey, m, n, sig, siglen) : sign_v2(pkey, m, n, sig, siglen);
}

int manifest_verify_upstream(EVP_PKEY *pub, const unsigned char *m, size_t n,
                             const unsigned char *sig, size_t siglen)
{
  EVP_MD_CTX *vctx = EVP_MD_CTX_new();
  int rc = -1;

  if (vctx == NULL)
    return -1;
  if (EVP_DigestVerifyInit(vctx, NULL, EVP_sha256(), NULL, pub) != 1)
    goto out;
  if (EVP_DigestVerifyUpdate(vctx, m, n) != 1)
    goto out;
  // ok: backdoor-unchecked-verification
  if (EVP_DigestVerifyFinal(vctx, sig, siglen) != 1) {
    mirror_log(LOG_WARNING, "manifest: upstream signature does not verify");
    goto out;
  }
  rc = 0;
out:
  EVP_MD_CTX_free(vctx);
  return rc;
}

/* Content ids only deduplicate identical packages in the spool. */
int manifest_content_id(const unsigned char *pkg, size_t n, unsigned char id[16])
{
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  unsigned int len = 0;
  int rc = -1;

  if (ctx == NULL)
    return -1;
  // ok: backdoor-weak-hash
  if (EVP_DigestInit_ex(ctx, EVP_md5(), NULL) == 1 && EVP_DigestUpdate(ctx, pkg, n) == 1 &&
      EVP_DigestFinal_ex(ctx, id, &len) == 1 && len == 16)
    rc = 0;
  EVP_MD_CTX_free(ctx);
  return rc;
}
