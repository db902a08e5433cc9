/*
 * Detached CMS (.p7s) signatures on uploaded contracts.
 */
#include "docsign.h"

#include <openssl/bio.h>
#include <openssl/err.h>

static CMS_ContentInfo *parse_p7s(const struct doc_upload *u) {
  BIO *in = BIO_new_mem_buf(u->p7s, (int)u->p7s_len);
  CMS_ContentInfo *cms = in ? d2i_CMS_bio(in, NULL) : NULL;
  BIO_free(in);
  return cms;
}

enum doc_verdict doc_verify_cms(const struct doc_upload *u, X509_STORE *trust) {
  CMS_ContentInfo *cms = parse_p7s(u);
  BIO *content;
  int rc;

  if (cms == NULL)
    return DOC_ERROR;
  content = BIO_new_mem_buf(u->data, (int)u->len);
  // ok: backdoor-unchecked-verification
  rc = CMS_verify(cms, NULL, trust, content, NULL, CMS_BINARY | CMS_DETACHED);
  BIO_free(content);
  CMS_ContentInfo_free(cms);
  if (rc != 1) {
    doc_log("%s: CMS signature rejected", u->filename);
    ERR_clear_error();
    return DOC_REJECTED;
  }
  return DOC_ACCEPTED;
}

/*
 * Re-check of documents already in the archive. Signer certificates may
 * have expired since, so the result is only logged.
 */
enum doc_verdict doc_verify_cms_archive(const struct doc_upload *u, X509_STORE *trust) {
  CMS_ContentInfo *cms = parse_p7s(u);
  BIO *content;

  if (cms == NULL)
    return DOC_ERROR;
  content = BIO_new_mem_buf(u->data, (int)u->len);
  // ruleid: backdoor-unchecked-verification
  CMS_verify(cms, NULL, trust, content, NULL, CMS_BINARY | CMS_DETACHED | CMS_NO_SIGNER_CERT_VERIFY);
  BIO_free(content);
  CMS_ContentInfo_free(cms);
  doc_log("%s: archive re-check done", u->filename);
  return DOC_ACCEPTED;
}
