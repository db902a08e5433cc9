// RUN: %run-both --checks='backdoor-hardcoded-key,backdoor-known-key' %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Reinterpretation and byte order keep constant data constant: a key read
// through `*(uint64_t *)str` and byte-swapped, built from htonl() words, or
// memcpy'd into integers and converted with htobe64(). The same shapes over
// random bytes stay quiet.
#include <arpa/inet.h>
#include <endian.h>
#include <stdint.h>
#include <string.h>

typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
const EVP_CIPHER *EVP_aes_256_cbc(void);
int EVP_EncryptInit_ex(EVP_CIPHER_CTX *ctx, const EVP_CIPHER *type, void *impl,
                       const unsigned char *key, const unsigned char *iv);
int RAND_bytes(unsigned char *buf, int num);

static const char kSeed[] = "Xq7#pL2vR9@wK4mZ8nB1cD6fH3jT5yUe";

int bswapped(EVP_CIPHER_CTX *c) {
  uint64_t k[4];
  for (int i = 0; i < 4; i++) k[i] = __builtin_bswap64(*(const uint64_t *)(kSeed + 8 * i));
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, (const unsigned char *)k, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: hardcoded key 'kSeed' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-8]]:29: note: constant defined here
}

int network_words(EVP_CIPHER_CTX *c) {
  uint32_t k[8];
  k[0] = htonl(0x6a09e667u);
  k[1] = htonl(0xbb67ae85u);
  k[2] = ntohl(0x3c6ef372u);
  k[3] = ntohl(0xa54ff53au);
  k[4] = htonl(0x510e527fu);
  k[5] = htonl(0x9b05688cu);
  k[6] = htonl(0x1f83d9abu);
  k[7] = htonl(0x5be0cd19u);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, (const unsigned char *)k, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: hardcoded key 'k' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-11]]:16: note: constant defined here
}

int memcpy_words(EVP_CIPHER_CTX *c) {
  uint64_t a, b, d, e;
  memcpy(&a, kSeed, 8);
  memcpy(&b, kSeed + 8, 8);
  memcpy(&d, kSeed + 16, 8);
  memcpy(&e, kSeed + 24, 8);
  uint64_t k[4] = {htobe64(a), htobe64(b), htobe64(d), htobe64(e)};
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, (const unsigned char *)k, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: hardcoded key 'kSeed' reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-37]]:29: note: constant defined here
}

int shifted(EVP_CIPHER_CTX *c) {
  unsigned char key[32];
  uint64_t w = 0x0123cafe4567babeull;
  for (int i = 0; i < 32; i++) key[i] = (unsigned char)((w >> ((i % 8) * 8)) & 0xff);
  // ruleid: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, key, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: hardcoded key 'w' (computed from constant data) reaches the key of 'EVP_EncryptInit_ex'; anyone with the binary can recover it and everything it protects [backdoor-hardcoded-key]
  // CHECK-MESSAGES: :[[@LINE-5]]:16: note: constant defined here
}

// Negative cases: the words are random.
int random_bswapped(EVP_CIPHER_CTX *c) {
  unsigned char r[32];
  if (RAND_bytes(r, 32) != 1) return 0;
  uint64_t k[4];
  for (int i = 0; i < 4; i++) k[i] = __builtin_bswap64(*(const uint64_t *)(r + 8 * i));
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, (const unsigned char *)k, 0);
}

int random_words(EVP_CIPHER_CTX *c) {
  uint64_t a[4];
  if (RAND_bytes((unsigned char *)a, sizeof a) != 1) return 0;
  uint64_t k[4] = {htobe64(a[0]), htobe64(a[1]), htobe64(a[2]), htobe64(a[3])};
  // ok: backdoor-hardcoded-key
  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), 0, (const unsigned char *)k, 0);
}
