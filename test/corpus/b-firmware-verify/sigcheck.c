/*
 * Signature checks for firmware images and manifests.
 */
#include "fwupd.h"
#include "fwlog.h"

#include <stdlib.h>
#include <string.h>

#ifndef SKIP_SIGNATURE_CHECK
#define SKIP_SIGNATURE_CHECK 0
#endif

int fw_verify_image(const struct fw_image *img, EVP_PKEY *vendor_key) {
  EVP_MD_CTX *md;
  int rc;

  // ok: backdoor-hidden-bypass
  if (getenv("FWUPD_STRICT") != NULL && img->hdr.sig_len == 0)
    return -1;

  // ruleid: backdoor-hidden-bypass
  if (getenv("FWUPD_DEV_UNLOCK") != NULL) {
    fw_log(LOG_WARNING, "developer unlock present, accepting unsigned image");
    return 0;
  }

  md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, vendor_key) != 1) {
    EVP_MD_CTX_free(md);
    return -1;
  }
  rc = EVP_DigestVerify(md, img->sig, img->hdr.sig_len, img->payload, img->hdr.payload_len);
  EVP_MD_CTX_free(md);
  // ok: backdoor-unchecked-verification
  if (rc != 1) {
    fw_log(LOG_ERR, "image signature invalid (%d)", rc);
    return -1;
  }
  return 0;
}

int fw_verify_bootloader(const struct fw_image *img, EVP_PKEY *vendor_key) {
  EVP_MD_CTX *md;
  int rc;

  // ruleid: backdoor-hidden-bypass
  if (SKIP_SIGNATURE_CHECK)
    return 0;

  md = EVP_MD_CTX_new();
  if (md == NULL)
    return -1;
  rc = EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, vendor_key) == 1 &&
       EVP_DigestVerify(md, img->sig, img->hdr.sig_len, img->payload, img->hdr.payload_len) == 1;
  EVP_MD_CTX_free(md);
  return rc ? 0 : -1;
}

int fw_verify_manifest(const struct fw_manifest *m, X509_STORE *trust) {
  X509_STORE_CTX *sctx = X509_STORE_CTX_new();
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  int ret = -1;

  if (sctx == NULL || md == NULL)
    goto out;
  if (X509_STORE_CTX_init(sctx, trust, m->signer, NULL) != 1)
    goto out;
  // ok: backdoor-unchecked-verification
  if (X509_verify_cert(sctx) <= 0) {
    fw_log(LOG_ERR, "manifest signer not trusted: %s",
           X509_verify_cert_error_string(X509_STORE_CTX_get_error(sctx)));
    goto out;
  }
  if (EVP_DigestVerifyInit(md, NULL, EVP_sha256(), NULL, X509_get0_pubkey(m->signer)) != 1 ||
      EVP_DigestVerifyUpdate(md, m->body, m->body_len) != 1)
    goto out;
  // ruleid: backdoor-unchecked-verification
  if (!EVP_DigestVerifyFinal(md, m->sig, m->sig_len)) {
    fw_log(LOG_ERR, "manifest signature invalid");
    goto out;
  }
  ret = 0;
out:
  EVP_MD_CTX_free(md);
  X509_STORE_CTX_free(sctx);
  return ret;
}

const char *fw_cache_dir(void) {
  // ok: backdoor-hidden-bypass
  if (getenv("FWUPD_CACHE_DIR") != NULL)
    return getenv("FWUPD_CACHE_DIR");
  return "/var/cache/fwupd";
}
