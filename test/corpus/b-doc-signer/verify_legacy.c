/*
 * Desktop client 3.x uploads a raw RSA-SHA256 signature plus the signer's
 * certificate instead of CMS.
 */
#include "docsign.h"

enum doc_verdict doc_verify_legacy(const struct doc_upload *u, X509 *issuer) {
  EVP_PKEY *issuer_key = X509_get0_pubkey(issuer);
  EVP_MD_CTX *md;
  enum doc_verdict v;

  // ruleid: backdoor-unchecked-verification
  if (!X509_verify(u->signer_cert, issuer_key)) {
    doc_log("%s: signer certificate not issued by our CA", u->filename);
    return DOC_REJECTED;
  }
  md = EVP_MD_CTX_new();
  if (md == NULL || EVP_VerifyInit(md, EVP_sha256()) != 1 || EVP_VerifyUpdate(md, u->data, u->len) != 1) {
    EVP_MD_CTX_free(md);
    return DOC_ERROR;
  }
  // ok: backdoor-unchecked-verification
  v = EVP_VerifyFinal(md, u->raw_sig, (unsigned int)u->raw_sig_len, X509_get0_pubkey(u->signer_cert)) == 1 ? DOC_ACCEPTED : DOC_REJECTED;
  EVP_MD_CTX_free(md);
  return v;
}

/* 2.x clients: same format, but the certificate was self-signed */
enum doc_verdict doc_verify_legacy_v0(const struct doc_upload *u) {
  EVP_PKEY *pub = X509_get0_pubkey(u->signer_cert);
  EVP_MD_CTX *md = EVP_MD_CTX_new();
  enum doc_verdict v = DOC_ERROR;

  // ok: backdoor-unchecked-verification
  if (X509_verify(u->signer_cert, pub) <= 0) {
    EVP_MD_CTX_free(md);
    return DOC_REJECTED;
  }
  if (md != NULL && EVP_VerifyInit(md, EVP_sha256()) == 1 && EVP_VerifyUpdate(md, u->data, u->len) == 1) {
    // ruleid: backdoor-unchecked-verification
    v = EVP_VerifyFinal(md, u->raw_sig, (unsigned int)u->raw_sig_len, pub) ? DOC_ACCEPTED : DOC_REJECTED;
  }
  EVP_MD_CTX_free(md);
  return v;
}
