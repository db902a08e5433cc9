// Inline suppressions with a reason: clang-tidy's own NOLINT machinery hides
// them in both front ends (the CLI keeps them as suppressed findings in JSON
// and SARIF: suppress/nolint-reason.test).
// RUN: %run-both --checks='backdoor-*' %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>
#include <string.h>

void suppressed(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey); // NOLINT(backdoor-weak-hash): TLS 1.0 peer, removed in v3
  EVP_DigestSignInit(m, NULL, EVP_sha1(), NULL, pkey); // NOLINT -- verified against the vendor's test vectors
  // NOLINTNEXTLINE(backdoor-weak-hash): the HSM signs MD5 only; ticket SEC-12
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  // NOLINTBEGIN(backdoor-*): legacy format reader, read-only
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  EVP_DigestVerifyInit(m, NULL, EVP_sha1(), NULL, pkey);
  // NOLINTEND(backdoor-*)
  /* NOLINT(backdoor-weak-hash): in a block comment */ EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
}

void not_suppressed(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  // A suppression naming another check leaves this one reported.
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey); // NOLINT(backdoor-weak-cipher): not this rule
  // CHECK: :[[@LINE-1]]:31: warning: 'EVP_md5' selects the broken hash MD5 for a signature{{.*}}[backdoor-weak-hash]
  // NOLINTNEXTLINE(backdoor-weak-hash): covers the blank line only

  // The marker two lines up covers only the line right after it, not this one.
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  // CHECK: :[[@LINE-1]]:31: warning: 'EVP_md5' selects the broken hash MD5 for a signature{{.*}}[backdoor-weak-hash]
}
