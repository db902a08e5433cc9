// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Verification results discarded or read so that an error counts as success.
// coverage: openssl unchecked-verification
// coverage: mbedtls unchecked-verification
#include <openssl/evp.h>
#include <mbedtls/pk.h>
#include <sodium.h>
#include <wolfssl/wolfcrypt/aes.h>

int accept(void);

int check_update(EVP_MD_CTX *ctx, const unsigned char *sig, unsigned len, EVP_PKEY *pkey) {
  // ruleid: backdoor-unchecked-verification
  if (EVP_VerifyFinal(ctx, sig, len, pkey))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'EVP_VerifyFinal' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    return accept();
  return 0;
}

int check_cert(X509_STORE_CTX *store) {
  int ok = X509_verify_cert(store);
  // ruleid: backdoor-unchecked-verification
  if (!ok)
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: the verification result 'ok' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    return -1;
  return 1;
}

int check_ecdsa(const unsigned char *dgst, const unsigned char *sig, EC_KEY *key) {
  int r = ECDSA_verify(0, dgst, 32, sig, 72, key);
  // ruleid: backdoor-unchecked-verification
  return r != 0 ? accept() : 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: the verification result 'r' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
}

void discarded(EVP_MD_CTX *ctx, const unsigned char *sig, mbedtls_pk_context *pk, const unsigned char *h,
               const unsigned char *m, const unsigned char *spk) {
  // ruleid: backdoor-unchecked-verification
  EVP_DigestVerifyFinal(ctx, sig, 64);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'EVP_DigestVerifyFinal' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, h, 32, sig, 64);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'mbedtls_pk_verify' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  // ruleid: backdoor-unchecked-verification
  (void)crypto_sign_verify_detached(sig, m, 32, spk);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the result of 'crypto_sign_verify_detached' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

int check_rsa_dsa(const unsigned char *dgst, const unsigned char *sig, RSA *rsa, DSA *dsa) {
  unsigned siglen = 0;
  // ruleid: backdoor-unchecked-verification
  if (!DSA_verify(0, dgst, 32, sig, 64, dsa))
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: 'DSA_verify' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
    return 0;
  // ok: backdoor-unchecked-verification (RSA_verify returns 1 or 0 only; still read as 1)
  return RSA_verify(NID_sha256, dgst, 32, (unsigned char *)sig, siglen, rsa) == 1;
}

void wolf(const byte *hash, const byte *sig, void *key) {
  int valid = 0;
  // ruleid: backdoor-unchecked-verification
  wc_ecc_verify_hash(sig, 64, hash, 32, &valid, key);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'wc_ecc_verify_hash' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

// Negative cases.
int safe(EVP_MD_CTX *ctx, const unsigned char *sig, unsigned len, EVP_PKEY *pkey, X509_STORE_CTX *store,
         mbedtls_pk_context *pk, const unsigned char *h) {
  // ok: backdoor-unchecked-verification
  if (EVP_VerifyFinal(ctx, sig, len, pkey) == 1)
    return accept();
  int ok = X509_verify_cert(store);
  // ok: backdoor-unchecked-verification
  if (ok <= 0)
    return -1;
  // ok: backdoor-unchecked-verification (0 means valid for Mbed TLS)
  if (mbedtls_pk_verify(pk, MBEDTLS_MD_SHA256, h, 32, sig, 64) != 0)
    return -1;
  return 1;
}

// Read as a boolean outside a condition: an initializer, an assignment, a
// bool function's return value. -1 (an error) becomes "valid" there too.
_Bool signature_ok(EVP_MD_CTX *ctx, const unsigned char *sig, size_t n, const unsigned char *m) {
  // ruleid: backdoor-unchecked-verification
  return EVP_DigestVerify(ctx, sig, n, m, 32);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'EVP_DigestVerify' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
}

struct verdict { int trusted; };
void record(struct verdict *v, X509_STORE_CTX *store, EVP_MD_CTX *ctx, const unsigned char *sig) {
  // ruleid: backdoor-unchecked-verification
  v->trusted = X509_verify_cert(store) != 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'X509_verify_cert' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
  int rc = EVP_DigestVerifyFinal(ctx, sig, 64);
  // ruleid: backdoor-unchecked-verification
  _Bool good = rc;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the verification result 'rc' is read as true or false, but -1 means an error: an error then counts as a valid signature; compare the result with 1 [backdoor-unchecked-verification]
  (void)good;
}

// Negative cases: the result compared with 1, or handed up whole.
int passes_up(X509_STORE_CTX *store) {
  // ok: backdoor-unchecked-verification
  return X509_verify_cert(store);
}
void record_ok(struct verdict *v, X509_STORE_CTX *store, EVP_MD_CTX *ctx, const unsigned char *sig) {
  // ok: backdoor-unchecked-verification
  v->trusted = X509_verify_cert(store) == 1;
  int rc = EVP_DigestVerifyFinal(ctx, sig, 64);
  // ok: backdoor-unchecked-verification (rc < 0 is told apart below)
  _Bool good = rc != 0;
  if (rc < 0) good = 0;
  (void)good;
}

// Compared so that 0 (invalid) and 1 (valid) give the same answer.
int lenient(EVP_MD_CTX *ctx, const unsigned char *sig, unsigned len, EVP_PKEY *pkey, X509_STORE_CTX *store) {
  // ruleid: backdoor-unchecked-verification
  if (EVP_VerifyFinal(ctx, sig, len, pkey) >= 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'EVP_VerifyFinal' is compared so that 0, an invalid signature, gives the same answer as 1: a forged signature is accepted; compare the result with 1 [backdoor-unchecked-verification]
    return accept();
  // ruleid: backdoor-unchecked-verification
  return -1 != X509_verify_cert(store);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'X509_verify_cert' is compared so that 0, an invalid signature, gives the same answer as 1: a forged signature is accepted; compare the result with 1 [backdoor-unchecked-verification]
}
int strict(EVP_MD_CTX *ctx, const unsigned char *sig, unsigned len, EVP_PKEY *pkey, X509_STORE_CTX *store) {
  // ok: backdoor-unchecked-verification
  if (EVP_VerifyFinal(ctx, sig, len, pkey) > 0)
    return accept();
  // ok: backdoor-unchecked-verification (an error path: the outcome is read from the context below)
  if (X509_verify_cert(store) < 0)
    return -1;
  if (X509_STORE_CTX_get_error(store) != 0)
    return -1;
  return accept();
}

// Discarded as the one statement of a branch.
void refresh(EVP_MD_CTX *ctx, const unsigned char *sig, int have_sig) {
  if (have_sig)
    // ruleid: backdoor-unchecked-verification
    EVP_DigestVerifyFinal(ctx, sig, 64);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the result of 'EVP_DigestVerifyFinal' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
}

// Only the error told apart, and the result not kept: 0 (invalid) goes on
// as 1 does.
int errors_only(EVP_PKEY_CTX *pctx, const unsigned char *sig, size_t n, const unsigned char *md, X509_STORE_CTX *store) {
  int ok = 0;
  // ruleid: backdoor-unchecked-verification
  if (EVP_PKEY_verify(pctx, sig, n, md, 32) < 0)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'EVP_PKEY_verify' is compared so that 0, an invalid signature, gives the same answer as 1: a forged signature is accepted; compare the result with 1 [backdoor-unchecked-verification]
    goto out;
  // ruleid: backdoor-unchecked-verification
  if (X509_verify_cert(store) == -1)
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'X509_verify_cert' is compared so that 0, an invalid signature, gives the same answer as 1: a forged signature is accepted; compare the result with 1 [backdoor-unchecked-verification]
    goto out;
  ok = 1;
out:
  return ok;
}
