#include <stdlib.h>
#include <time.h>
int seal(const unsigned char *in, int inl, unsigned char *out, int *outl,
         const unsigned char *iv);
int main(int argc, char **argv) {
  srand((unsigned)time(NULL));
  unsigned char out[64];
  int n;
  return seal((const unsigned char *)argv[0], 8, out, &n, (const unsigned char *)argv[1]);
}
