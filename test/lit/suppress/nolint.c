// Inline suppressions use clang-tidy's own NOLINT machinery in both front ends.
// RUN: %run-both --checks='backdoor-*' %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
#include <openssl/evp.h>
#include <string.h>

void suppressed(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey); // NOLINT(backdoor-weak-hash)
  EVP_DigestSignInit(m, NULL, EVP_sha1(), NULL, pkey); // NOLINT
  // NOLINTNEXTLINE(backdoor-weak-hash)
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  // NOLINTBEGIN(backdoor-*)
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  EVP_DigestVerifyInit(m, NULL, EVP_sha1(), NULL, pkey);
  // NOLINTEND(backdoor-*)
}

void not_suppressed(EVP_MD_CTX *m, EVP_PKEY *pkey) {
  // A suppression naming another check leaves this one reported.
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey); // NOLINT(backdoor-weak-cipher)
  // CHECK: :[[@LINE-1]]:31: warning: 'EVP_md5' selects the broken hash MD5 for a signature{{.*}}[backdoor-weak-hash]
  // NOLINTNEXTLINE(backdoor-weak-hash)

  // The marker two lines up covers only the line right after it, not this one.
  EVP_DigestSignInit(m, NULL, EVP_md5(), NULL, pkey);
  // CHECK: :[[@LINE-1]]:31: warning: 'EVP_md5' selects the broken hash MD5 for a signature{{.*}}[backdoor-weak-hash]
}
