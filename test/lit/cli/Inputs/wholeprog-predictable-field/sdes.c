#include <stdlib.h>
#include "media.h"
void make_offer(struct srtp_stream *s) {
  for (int i = 0; i < 16; i++)
    s->master_key[i] = (unsigned char)(rand() & 0xff);
}
void fill_entropy(unsigned char *out, unsigned long n) {
  for (unsigned long i = 0; i < n; i++)
    out[i] = (unsigned char)rand();
}
