#include <stdio.h>
#include <stdlib.h>
#include "buf.h"

static unsigned char *read_bytes(FILE *f, size_t n) {
  unsigned char *p = malloc(n + 1);
  if (p && fread(p, 1, n, f) != n) { free(p); return NULL; }
  if (p) p[n] = 0;
  return p;
}

void print_name(FILE *f, size_t n) {
  struct buf *b = buffer_new(read_bytes(f, n), n);
  printf("%s\n", (char *)buffer_get(b)); // ok: any buffer's data, this one a file's
}

void print_comment(FILE *f, size_t n) {
  struct buf *b = buffer_new(read_bytes(f, n), n);
  fwrite(buffer_get(b), 1, n, stdout); // ok: the same
}

void resume(FILE *f, size_t n) {
  struct sess *s = sess_new(read_bytes(f, n), n);
  fwrite(sess_key(s), 1, n, stderr); // a session's key, whoever created it
}

void debug_blob(struct blob *b) {
  fwrite(blob_bytes(b), 1, 32, stderr); // blob_new's one caller passes a derived key
}
