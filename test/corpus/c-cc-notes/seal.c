#include "notes.h"

int seal_note(const struct note_cipher *c, const void *key, size_t klen, const void *in, size_t n,
              void *out, size_t cap, size_t *moved) {
  return CCCrypt(kCCEncrypt, c->alg, c->opts, key, klen, c->iv, in, n, out, cap, moved);
}
