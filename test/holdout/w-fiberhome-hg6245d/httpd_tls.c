/* httpd_tls.c - HTTPS listener of webs: one server key baked into every image */
#include <stdio.h>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include "fh.h"

static const char kWebsServerKey[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgpOGCN1lXI5lOY2/E\n"
    "cxngO7OgnVUXcJYoeu9RIS/8OEyhRANCAASbW8SX/Yx5DtGDaIs6nvDnLbbr+UIq\n"
    "wUVk7OFjZyDYtWUMWFbp2B7LDFU1LjdS/cQvLjiJYA/bB5pK1j0X206E\n"
    "-----END PRIVATE KEY-----\n";

static EVP_PKEY *load_server_key(void) {
  BIO *bio = BIO_new_mem_buf(kWebsServerKey, -1);
  if (bio == NULL)
    return NULL;
  // ruleid: backdoor-hardcoded-key
  EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return pkey;
}

void *httpd_tls_context(void) {
  SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
  EVP_PKEY *pkey = NULL;
  if (ctx == NULL)
    return NULL;
  /* old set-top boxes of the operator still speak TLS 1.0 to the portal */
  // ruleid: backdoor-weak-tls
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
  // ok: backdoor-weak-tls
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5");
  // ok: backdoor-tls-verify-disabled
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
  if (SSL_CTX_use_certificate_file(ctx, "/etc/webs/server.crt", SSL_FILETYPE_PEM) != 1)
    goto fail;
  pkey = load_server_key();
  if (pkey == NULL || SSL_CTX_use_PrivateKey(ctx, pkey) != 1)
    goto fail;
  EVP_PKEY_free(pkey);
  return ctx;
fail:
  EVP_PKEY_free(pkey);
  SSL_CTX_free(ctx);
  return NULL;
}
