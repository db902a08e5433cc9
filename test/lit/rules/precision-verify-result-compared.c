// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: openssl unchecked-verification
// A verification result that the code compares with 1, 0 and the error value
// is checked: every outcome is told apart. Reading it only as true or false is
// still reported.
#include <openssl/evp.h>

typedef struct x509_st X509;
int X509_verify(X509 *a, EVP_PKEY *r);
int log_error(const char *what);

// The three outcomes, one by one.
int three_way(X509 *cert, EVP_PKEY *key) {
  int r = X509_verify(cert, key);
  if (r == 1)
    return 1;
  // ok: backdoor-unchecked-verification (1 was handled above; the rest is the error value)
  else if (r == 0)
    return 0;
  else
    return log_error("X509_verify");
}

// The error value first.
int error_first(EVP_MD_CTX *ctx, const unsigned char *sig, size_t len) {
  int rc = EVP_DigestVerifyFinal(ctx, sig, len);
  if (rc < 0)
    return log_error("EVP_DigestVerifyFinal");
  // ok: backdoor-unchecked-verification
  if (rc != 0)
    return 1;
  return 0;
}

// Compared with 1, the way OpenSSL's documentation says.
int compared_with_one(EVP_MD_CTX *ctx, const unsigned char *sig, size_t len) {
  // ok: backdoor-unchecked-verification
  if (EVP_DigestVerifyFinal(ctx, sig, len) != 1)
    return 0;
  int ok;
  ok = EVP_DigestVerifyFinal(ctx, sig, len);
  // ok: backdoor-unchecked-verification
  if (ok <= 0)
    return 0;
  return 1;
}

// Positive cases: read as true or false only.
int boolean_read(X509 *cert, EVP_PKEY *key) {
  int r = X509_verify(cert, key);
  // ruleid: backdoor-unchecked-verification
  if (r == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the verification result 'r' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    return 0;
  return 1;
}

int compared_with_zero_twice(X509 *cert, EVP_PKEY *key) {
  int r = X509_verify(cert, key);
  // ruleid: backdoor-unchecked-verification
  if (r != 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: the verification result 'r' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    log_error("accepted");
  // The error value is not told apart from 1 here either: r >= -1 holds for both.
  return r >= -1;
}

int call_read_as_boolean(X509 *cert, EVP_PKEY *key) {
  // ruleid: backdoor-unchecked-verification
  if (X509_verify(cert, key) == 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'X509_verify' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    return 0;
  return 1;
}
