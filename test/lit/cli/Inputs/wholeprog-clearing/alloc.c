#include <stdlib.h>
#include <string.h>
#include <openssl/crypto.h>
/* The project's allocator: zeroed memory. */
void *xzalloc(size_t n) {
  void *p = calloc(1, n);
  if (!p) return 0;
  return p;
}
/* The project's scrub helper. */
void scrub(void *p, size_t n) {
  if (p) OPENSSL_cleanse(p, n);
}
/* A "key setup" that zeroes the caller's key. */
void zero_key(unsigned char *k) {
  memset(k, 0, 32);
}
