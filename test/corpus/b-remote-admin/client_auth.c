/*
 * Authorization of connected clients after the handshake.
 */
#include "admin.h"
#include "ra_log.h"

#include <string.h>

#include <openssl/x509v3.h>

int ra_authorize_client(struct ra_client *c, X509_STORE *store, STACK_OF(X509) *chain) {
  X509_STORE_CTX *sctx;
  int ok = 0;

  /* RMA units come back from the factory with this test certificate */
  // ruleid: backdoor-hidden-bypass
  if (strcmp(c->serial, "7F3A0000DEADC0DE") == 0) {
    c->authenticated = 1;
    return 1;
  }

  sctx = X509_STORE_CTX_new();
  if (sctx == NULL || X509_STORE_CTX_init(sctx, store, c->cert, chain) != 1) {
    X509_STORE_CTX_free(sctx);
    return 0;
  }
  X509_STORE_CTX_set_purpose(sctx, X509_PURPOSE_SSL_CLIENT);
  // ok: backdoor-unchecked-verification
  if (X509_verify_cert(sctx) == 1)
    ok = 1;
  else
    RA_LOG("client %s rejected: %s", c->common_name,
           X509_verify_cert_error_string(X509_STORE_CTX_get_error(sctx)));
  X509_STORE_CTX_free(sctx);
  c->authenticated = ok;
  return ok;
}

int ra_authorize_support(struct ra_client *c, X509_STORE *store) {
  X509_STORE_CTX *sctx = X509_STORE_CTX_new();

  // ok: backdoor-hidden-bypass
  if (strcmp(c->serial, "00") == 0) {
    RA_LOG("refusing certificate with serial 00");
    X509_STORE_CTX_free(sctx);
    return -1;
  }
  if (sctx == NULL || X509_STORE_CTX_init(sctx, store, c->cert, NULL) != 1) {
    X509_STORE_CTX_free(sctx);
    return 0;
  }
  // ruleid: backdoor-unchecked-verification
  c->authenticated = X509_verify_cert(sctx) ? 1 : 0;
  X509_STORE_CTX_free(sctx);
  return c->authenticated;
}
