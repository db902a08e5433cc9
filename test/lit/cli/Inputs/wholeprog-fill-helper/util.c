#include <stdlib.h>

static const char kAlnum[] = "abcdefghijklmnopqrstuvwxyz0123456789";

void fill_alnum(char *out, int n) {
  for (int i = 0; i < n; i++)
    out[i] = kAlnum[random() % (long)(sizeof kAlnum - 1)];
  out[n] = '\0';
}

void fill_urandom(char *out, int n);

/* Through a local pointer that starts at the parameter. */
void fill_bytes(void *buf, int n) {
  unsigned char *p = buf;
  for (int i = 0; i < n; i++)
    p[i] = (unsigned char)(random() & 0xff);
}
