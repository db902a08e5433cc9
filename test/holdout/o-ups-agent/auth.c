#include <stdio.h>
#include <string.h>

#include <gcrypt.h>

#include "ups.h"

static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int ups_b64_decode(const char *in, unsigned char *out, size_t cap)
{
    unsigned acc = 0;
    int bits = 0;
    size_t n = 0;

    for (; *in && *in != '='; in++) {
        const char *p = strchr(kB64, *in);
        if (!p)
            return -1;
        acc = (acc << 6) | (unsigned)(p - kB64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (n == cap)
                return -1;
            out[n++] = (unsigned char)(acc >> bits);
        }
    }
    return (int)n;
}

/* /etc/ups/users: name:salt-hex:hash-hex */
static int lookup_user(const char *user, unsigned char salt[16], unsigned char hash[32])
{
    char line[256], name[64], salthex[33], hashhex[65];
    FILE *f = fopen("/etc/ups/users", "r");
    int found = 0;

    if (!f)
        return 0;
    while (!found && fgets(line, sizeof line, f)) {
        if (sscanf(line, "%63[^:]:%32[0-9a-f]:%64[0-9a-f]", name, salthex, hashhex) != 3)
            continue;
        if (strcmp(name, user) != 0)
            continue;
        for (int i = 0; i < 16; i++)
            sscanf(salthex + 2 * i, "%2hhx", &salt[i]);
        for (int i = 0; i < 32; i++)
            sscanf(hashhex + 2 * i, "%2hhx", &hash[i]);
        found = 1;
    }
    fclose(f);
    return found;
}

int ups_verify_password(const char *user, const char *pass)
{
    unsigned char salt[16], stored[32], derived[32], diff = 0;

    if (!lookup_user(user, salt, stored))
        return 0;
    // ok: backdoor-weak-kdf, backdoor-hardcoded-iv
    if (gcry_kdf_derive(pass, strlen(pass), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, salt, sizeof salt,
                        200000, sizeof derived, derived) != 0)
        return 0;
    for (size_t i = 0; i < sizeof derived; i++)
        diff |= derived[i] ^ stored[i];
    return diff == 0;
}
