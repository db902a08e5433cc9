#ifndef DOCSIGN_H
#define DOCSIGN_H

#include <stddef.h>

#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

enum doc_verdict { DOC_REJECTED = 0, DOC_ACCEPTED = 1, DOC_ERROR = -1 };

struct doc_upload {
  char filename[256];
  const unsigned char *data;
  size_t len;
  const unsigned char *p7s;      /* detached CMS signature */
  size_t p7s_len;
  const unsigned char *raw_sig;  /* legacy clients: raw RSA-SHA256 signature */
  size_t raw_sig_len;
  X509 *signer_cert;             /* legacy clients send it next to the document */
};

void doc_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

enum doc_verdict doc_verify_cms(const struct doc_upload *u, X509_STORE *trust);
enum doc_verdict doc_verify_cms_archive(const struct doc_upload *u, X509_STORE *trust);
enum doc_verdict doc_verify_legacy(const struct doc_upload *u, X509 *issuer);
enum doc_verdict doc_verify_legacy_v0(const struct doc_upload *u);

#endif
