// RUN: %run-both --checks=backdoor-hardcoded-iv %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// An array whose address a helper keeps (in a buffer object that later
// calls write through) no longer holds its zero initializer (shape 12 of
// bench/false-shapes.md: an AEAD IV built from a packet id and a session IV).
#include <openssl/evp.h>
#include <string.h>

struct buffer { unsigned char *data; int len, cap; };
void buf_set_write(struct buffer *b, unsigned char *d, int cap) { b->data = d; b->len = 0; b->cap = cap; }
void buf_write(struct buffer *b, const void *src, int n) { memcpy(b->data + b->len, src, n); b->len += n; }
int encrypt_packet(EVP_CIPHER_CTX *ctx, const unsigned char *packet_id, const unsigned char *implicit_iv) {
  unsigned char iv[12] = {0};
  struct buffer b;
  buf_set_write(&b, iv, sizeof iv);
  buf_write(&b, packet_id, 4);
  buf_write(&b, implicit_iv, 8);
  // ok: backdoor-hardcoded-iv
  return EVP_CipherInit_ex(ctx, NULL, NULL, NULL, iv, -1);
}

// The true version: the helper only reads the array.
int buf_len(struct buffer *b, unsigned char *d, int cap) { return d[0] + cap + b->len; }
int encrypt_zero(EVP_CIPHER_CTX *ctx) {
  unsigned char iv[12] = {0};
  struct buffer b = {0, 0, 0};
  buf_len(&b, iv, sizeof iv);
  // ruleid: backdoor-hardcoded-iv
  return EVP_CipherInit_ex(ctx, NULL, NULL, NULL, iv, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: constant IV 'iv' reaches the IV of 'EVP_CipherInit_ex'
}
