// RUN: %run-both --checks=backdoor-predictable-random %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Seeds the unit does not show: a parameter, or no srand at all (another
// unit may seed the generator): the message says the output is predictable
// and names no seed.
#include <openssl/evp.h>
#include <stdlib.h>

void seed_with(unsigned s) { srand(s); }

void session_key(EVP_CIPHER_CTX *ctx) {
  unsigned char buf[16], nbuf[16];
  for (int i = 0; i < 16; i++) {
    buf[i] = (unsigned char)rand();
    nbuf[i] = (unsigned char)random();
  }
  // ruleid: backdoor-predictable-random, backdoor-predictable-random
  EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), NULL, buf, nbuf);
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
  // CHECK-MESSAGES: :[[@LINE-2]]:57: warning: output of 'random' reaches the iv of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}
