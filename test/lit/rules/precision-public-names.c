// RUN: %run-both --checks=backdoor-timing-unsafe-compare %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Names that contain "tag" or "sig" but hold markup or an algorithm name are
// public: comparing them in variable time leaks nothing (shapes 13 and 15 of
// bench/false-shapes.md: a configuration file's closing tag, an SSH
// signature type and hash algorithm name).
#include <string.h>

int find_end(char **lines, int n, const char *close_tag) {
  for (int i = 0; i < n; ++i)
    // ok: backdoor-timing-unsafe-compare (markup, not a MAC)
    if (!strncmp(lines[i], close_tag, strlen(close_tag)))
      return i;
  return -1;
}

int check_alg(const char *alg, const char *signature_type) {
  // ok: backdoor-timing-unsafe-compare (an algorithm name)
  if (signature_type != NULL && strcmp(alg, signature_type) != 0)
    return -1;
  return 0;
}

int check_hash(const char *hashalg, const char *sig_hashalg) {
  // ok: backdoor-timing-unsafe-compare (a hash algorithm name)
  return strcmp(hashalg, sig_hashalg) != 0 ? -1 : 0;
}

// The true versions: the tag and the signature bytes themselves.
int check_tag(const unsigned char *tag, const unsigned char *computed) {
  // ruleid: backdoor-timing-unsafe-compare
  return memcmp(tag, computed, 16) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'memcmp' compares the MAC 'tag' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}

int check_sig(const char *signature, const char *expected) {
  // ruleid: backdoor-timing-unsafe-compare
  return strncmp(signature, expected, 64) == 0;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'strncmp' compares the MAC 'signature' in time that depends on where it differs, which lets an attacker forge it byte by byte; use CRYPTO_memcmp or an equivalent [backdoor-timing-unsafe-compare]
}
