// Users teach backdoor-scan their own wrappers in YAML, without recompiling;
// both front ends read the extra directory.
// RUN: rm -rf %t && mkdir -p %t
// RUN: printf 'schema: 1\nlibrary: acme\nfunctions:\n  acme_cipher_open: {params: {algo: cipher}}\n  acme_keygen: {params: {1: {role: key-bits, algorithm: rsa}}}\n' > %t/acme.yaml
// RUN: %run-both --rules %t %s -- %mock | FileCheck %s -implicit-check-not="{{warning|error}}:"
// RUN: %run-both %s -- %mock | FileCheck %s -check-prefix=NOMODEL -allow-empty -implicit-check-not="{{warning|error}}:"
// NOMODEL-NOT: warning
// Both a rules directory and check options (clang-tidy takes them as one -config):
// RUN: %run-both --rules %t --config="backdoor-short-key.MinRsaBits: 8192" %s -- %mock | FileCheck %s -check-prefix=BOTH -implicit-check-not="{{warning|error}}:"
// BOTH: warning: 'des-ede3-cbc' selects the legacy cipher
// BOTH: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 8192 bits [backdoor-short-key]
// BOTH: warning: 4096-bit RSA key is too short and can be factored or broken; use at least 8192 bits [backdoor-short-key]
#include <openssl/evp.h>

int acme_cipher_open(void *handle, int flags, const char *algo);
int acme_keygen(void *handle, unsigned bits);

void use(void *h) {
  acme_cipher_open(h, 0, "des-ede3-cbc");
  // CHECK: :[[@LINE-1]]:26: warning: 'des-ede3-cbc' selects the legacy cipher Triple DES with a 64-bit block; long-lived keys leak plaintext through block collisions [backdoor-weak-cipher]
  acme_keygen(h, 1024);
  // CHECK: :[[@LINE-1]]:18: warning: 1024-bit RSA key is too short and can be factored or broken; use at least 2048 bits [backdoor-short-key]
  acme_keygen(h, 4096);
}
