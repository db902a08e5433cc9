#include <stdlib.h>
#include "buf.h"

struct buf *buffer_new(unsigned char *data, size_t n) {
  struct buf *b = malloc(sizeof *b);
  if (!b) return NULL;
  b->data = data;
  b->size = n;
  return b;
}
unsigned char *buffer_get(struct buf *b) { return b->data; }

struct sess *sess_new(unsigned char *key, size_t n) {
  struct sess *s = malloc(sizeof *s);
  if (!s) return NULL;
  s->key = key;
  s->len = n;
  return s;
}
unsigned char *sess_key(struct sess *s) { return s->key; }

struct blob *blob_new(unsigned char *bytes, size_t n) {
  struct blob *b = malloc(sizeof *b);
  if (!b) return NULL;
  b->bytes = bytes;
  b->len = n;
  return b;
}
unsigned char *blob_bytes(struct blob *b) { return b->bytes; }
