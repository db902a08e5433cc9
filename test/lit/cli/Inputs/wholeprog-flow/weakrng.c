/* A weak generator and a sound one, for other units to call. */
#include <stdlib.h>
#include <openssl/rand.h>

void fill_random(unsigned char *buf, size_t n) {
  srand((unsigned)time(0));
  for (size_t i = 0; i < n; i++) buf[i] = (unsigned char)(rand() & 0xff);
}

int fill_secure(unsigned char *buf, size_t n) {
  return RAND_bytes(buf, (int)n);
}

unsigned int next_word(void) {
  return (unsigned int)rand();
}

unsigned int secure_word(void) {
  unsigned int w = 0;
  if (RAND_bytes((unsigned char *)&w, sizeof w) != 1) return 0;
  return w;
}
