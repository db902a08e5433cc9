// RUN: %run-both --checks='backdoor-known-key,backdoor-hardcoded-key,backdoor-predictable-random' %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Heap storage and unions: calloc'd and cleared malloc'd buffers are all-zero
// keys unless something fills them; a union member filled by rand() makes the
// other members predictable.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdlib.h>
#include <string.h>

void *calloc(size_t n, size_t size);
typedef unsigned int uint32_t;

int calloc_key(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char *k = (unsigned char *)calloc(32, 1);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: the key of 'EVP_EncryptInit_ex' is a known key 'k' (all zero bytes)
}

int malloc_cleared_key(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char *k = (unsigned char *)malloc(32);
  memset(k, 0, 32);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, k, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: the key of 'EVP_EncryptInit_ex' is a known key 'k' (all zero bytes)
}

int calloc_filled_key(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char *k = (unsigned char *)calloc(32, 1);
  if (RAND_bytes(k, 32) != 1) return 0;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, k, iv);
}

int malloc_filled_key(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  unsigned char *k = (unsigned char *)malloc(32);
  memset(k, 0, 32);
  if (RAND_bytes(k, 32) != 1) return 0;
  // ok: backdoor-known-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, k, iv);
}

union seed {
  uint32_t w[8];
  unsigned char b[32];
};

int union_key(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  union seed r;
  for (int i = 0; i < 8; i++) r.w[i] = (uint32_t)rand();
  // ruleid: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, r.b, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: output of 'rand' reaches the key of 'EVP_EncryptInit_ex'; it is predictable, so the value can be recomputed [backdoor-predictable-random]
}

union strong_seed {
  uint32_t w[8];
  unsigned char b[32];
};

int union_key_sound(EVP_CIPHER_CTX *c, const unsigned char *iv) {
  union strong_seed r;
  if (RAND_bytes((unsigned char *)r.w, sizeof r.w) != 1) return 0;
  // ok: backdoor-predictable-random
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, r.b, iv);
}
