/* small helpers shared by the account service */
#include <stdlib.h>
#include <string.h>

#include "acctd.h"

/* no 0/O/1/l/I: tokens are read off a phone and typed on a laptop */
static const char kAlnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

void fill_alnum(char *out, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = kAlnum[random() % (long)(sizeof kAlnum - 1)];
    out[n] = '\0';
}

uint64_t acct_next_id(void)
{
    uint64_t hi = (uint64_t)random(), lo = (uint64_t)random();
    return hi << 33 ^ lo << 2 ^ ((uint64_t)random() & 3u);
}

unsigned acct_backoff_us(unsigned attempt)
{
    unsigned base = 200000u << (attempt > 4 ? 4 : attempt);
    return base + (unsigned)(random() % 250000);
}

static int nibble(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int hex_decode(const char *hex, unsigned char *out, size_t n)
{
    if (strlen(hex) != 2 * n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return -1;
        out[i] = (unsigned char)(hi << 4 | lo);
    }
    return 0;
}

void hex_encode(const unsigned char *in, size_t n, char *out)
{
    static const char d[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = d[in[i] >> 4];
        out[2 * i + 1] = d[in[i] & 15];
    }
    out[2 * n] = '\0';
}
