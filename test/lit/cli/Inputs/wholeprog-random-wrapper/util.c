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

/* An allocator whose block header carries a random canary. */
void *util_alloc(unsigned long n)
{
    unsigned char *p = malloc(n + 8);

    if (p == NULL)
        return NULL;
    RAND_bytes(p, 8);
    return p + 8;
}

/* A word of the old board's generator, and one of the CSPRNG. */
unsigned hw_word(void)
{
    return ((unsigned)rand() << 16) ^ (unsigned)rand();
}

unsigned util_random32(void)
{
    unsigned v;

    if (RAND_bytes((unsigned char *)&v, sizeof v) != 1)
        abort();
    return v;
}

/* A sequence number. */
static unsigned seq;

unsigned next_seq(void)
{
    return ++seq;
}
