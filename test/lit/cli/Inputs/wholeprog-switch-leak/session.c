#include <openssl/rand.h>
#include <stdio.h>

void put_line(const char *fmt, ...);

static void hex(const unsigned char *p, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", p[i]);
}

int new_session(unsigned char *key_out)
{
    unsigned char key[32];
    char text[65];
    if (RAND_bytes(key, sizeof key) != 1)
        return -1;
#ifdef DEBUG_KEYS
    hex(key, sizeof key, text);
    put_line("session key %s\n", text);
#endif
#ifdef DEBUG_KEYS
    put_line("session established, %d-byte key\n", (int)sizeof key);
#endif
    for (size_t i = 0; i < sizeof key; i++)
        key_out[i] = key[i];
    return 0;
}
