// RUN: %run-both --checks=backdoor-known-key,backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A key scrubbed when it is released, in a function that does not lead to
// the use, is the end of the key's life, not the key the use receives
// (shape 10 of bench/false-shapes.md: a server's SSH cipher state).
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <string.h>

struct cipher { unsigned char key[32], iv[16]; EVP_CIPHER_CTX *ctx; };
void scrub(void *p, size_t n) { OPENSSL_cleanse(p, n); }
void derive(struct cipher *c, const unsigned char *k);
void release(struct cipher *c) { scrub(c->key, sizeof c->key); scrub(c->iv, sizeof c->iv); }
void reset(struct cipher *c) { memset(c->key, 0, sizeof c->key); }
int start(struct cipher *c) {
  // ok: backdoor-known-key (scrubbed in release() and reset() only)
  // ok: backdoor-hardcoded-iv
  return EVP_CipherInit_ex(c->ctx, EVP_aes_256_cbc(), NULL, c->key, c->iv, 1);
}

// The true versions: cleared in the function that uses it, or cleared and
// then handed to the function that uses it.
struct session { unsigned char key[32]; EVP_CIPHER_CTX *ctx; };
int open_session(struct session *s, const unsigned char *iv) {
  memset(s->key, 0, sizeof s->key);
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(s->ctx, EVP_aes_256_cbc(), NULL, s->key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
}

struct link { unsigned char key[32]; EVP_CIPHER_CTX *ctx; };
static int link_start(struct link *l, const unsigned char *iv) {
  // ruleid: backdoor-known-key
  return EVP_EncryptInit_ex(l->ctx, EVP_aes_256_cbc(), NULL, l->key, iv);
  // CHECK-MESSAGES: :[[@LINE-1]]:62: warning: the key of 'EVP_EncryptInit_ex' is a known key 'key' (all zero bytes); anyone can look it up and decrypt what it protects [backdoor-known-key]
}
int link_open(struct link *l, const unsigned char *iv) {
  memset(l->key, 0, sizeof l->key);
  return link_start(l, iv);
}
