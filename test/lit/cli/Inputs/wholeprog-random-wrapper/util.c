#include <openssl/rand.h>
#include <stdlib.h>

/* The project's random source: the CSPRNG. */
int util_random(unsigned char *out, int n)
{
    return RAND_bytes(out, n) == 1 ? 0 : -1;
}

/* An old board's "random" bytes. */
void board_fill(unsigned char *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = (unsigned char)rand();
}
