#pragma once
#include <CommonCrypto/CommonCrypto.h>
struct note_cipher { CCAlgorithm alg; CCOptions opts; const void *iv; };
int seal_note(const struct note_cipher *c, const void *key, size_t klen, const void *in, size_t n,
              void *out, size_t cap, size_t *moved);
