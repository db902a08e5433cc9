// RUN: %run-both --checks=backdoor-unchecked-verification %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// REQUIRES: openssl-headers
// Control flow around a verification (real OpenSSL headers): a verification
// that an unconditional jump skips never runs (Apple's "goto fail",
// CVE-2014-1266; here through a wrapper another unit defines, known by its
// name), and a 1/0/-1 result assigned inside the condition that tests it
// against 0 (GnuTLS's CVE-2014-0092 shape). Look-alikes: the same wrapper on
// a path that reaches it, a verification after a label the jump lands on or
// under a case label, the result told apart from -1 later, and a discarded
// X509_verify_cert whose built chain the function returns.
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

int sslRawVerify(const unsigned char *data, size_t n, const unsigned char *sig, size_t sn);
int hash_update(int part);

int verify_ske_tls10(const unsigned char *d, size_t n, const unsigned char *sig, size_t sn) {
  int err;
  if ((err = hash_update(1)) != 0)
    goto fail;
  if ((err = hash_update(2)) != 0)
    goto fail;
    goto fail;
  if ((err = hash_update(3)) != 0)
    goto fail;
  // ruleid: backdoor-unchecked-verification
  err = sslRawVerify(d, n, sig, sn);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'sslRawVerify' can never run: the 'goto' before it jumps over it, so nothing is verified and a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // CHECK-MESSAGES: :[[@LINE-6]]:5: note: unconditional 'goto' here
  if (err)
    goto fail;
fail:
  return err;
}

int verify_ske_tls12(const unsigned char *d, size_t n, const unsigned char *sig, size_t sn) {
  int err;
  if ((err = hash_update(1)) != 0)
    goto fail;
  // ok: backdoor-unchecked-verification
  err = sslRawVerify(d, n, sig, sn);
  if (err)
    goto fail;
  return 0;
fail:
  return err;
}

int verify_retry(const unsigned char *d, size_t n, const unsigned char *sig, size_t sn) {
  int tries = 0;
  goto again;
again:
  // ok: backdoor-unchecked-verification
  if (sslRawVerify(d, n, sig, sn) != 0 && ++tries < 3)
    goto again;
  return tries;
}

int verify_by_kind(int kind, X509 *cert, EVP_PKEY *key) {
  switch (kind) {
  case 0:
    return 0;
  case 1:
    // ok: backdoor-unchecked-verification
    return X509_verify(cert, key) == 1;
  }
  return -1;
}

int verify_certificate2(X509 *cert, EVP_PKEY *issuer_key) {
  int ret;
  // ruleid: backdoor-unchecked-verification
  if ((ret = X509_verify(cert, issuer_key)) == 0)
    return 0;
  // CHECK-MESSAGES: :[[@LINE-2]]:8: warning: the verification result 'ret' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
  return ret;
}

int verify_certificate3(X509 *cert, EVP_PKEY *issuer_key) {
  int ret;
  // ok: backdoor-unchecked-verification
  if ((ret = X509_verify(cert, issuer_key)) == 0)
    return 0;
  if (ret < 0)
    return -1;
  return 1;
}

STACK_OF(X509) *display_chain(X509_STORE_CTX *sctx) {
  STACK_OF(X509) *chain = NULL;
  // ok: backdoor-unchecked-verification
  (void)X509_verify_cert(sctx);
  chain = X509_STORE_CTX_get1_chain(sctx);
  return chain;
}

// A jump a preprocessor switch compiles in before the check is
// backdoor-build-switch's finding, which names the switch: not reported here.
#define TEST_HOOKS 1
int login(const unsigned char *d, size_t n, const unsigned char *sig, size_t sn) {
#ifdef TEST_HOOKS
  return 1;
#endif
  // ok: backdoor-unchecked-verification
  return sslRawVerify(d, n, sig, sn) == 0;
}
