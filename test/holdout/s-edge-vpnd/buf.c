/* Growable byte buffer used to build protocol messages. */
#include <stdlib.h>
#include <string.h>
#include "vpnd.h"

static void reserve(struct buf *b, size_t extra) {
  if (b->len + extra <= b->cap)
    return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < b->len + extra)
    cap *= 2;
  uint8_t *p = realloc(b->data, cap);
  if (p == NULL)
    abort();
  b->data = p;
  b->cap = cap;
}

void buf_init(struct buf *b, size_t cap) {
  b->data = NULL;
  b->len = 0;
  b->cap = 0;
  reserve(b, cap);
}

void buf_put_u8(struct buf *b, uint8_t v) {
  reserve(b, 1);
  b->data[b->len++] = v;
}

void buf_put_u32(struct buf *b, uint32_t v) {
  reserve(b, 4);
  b->data[b->len++] = (uint8_t)(v >> 24);
  b->data[b->len++] = (uint8_t)(v >> 16);
  b->data[b->len++] = (uint8_t)(v >> 8);
  b->data[b->len++] = (uint8_t)v;
}

void buf_append(struct buf *b, const void *p, size_t n) {
  reserve(b, n);
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

void buf_free(struct buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
