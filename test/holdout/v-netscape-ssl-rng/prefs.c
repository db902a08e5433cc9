/* prefs.c - security preferences (the "Security Preferences" panel) */
#include <stdlib.h>
#include <string.h>

#include "ssl2.h"

struct pref {
    const char *name;
    int value;
};

static struct pref g_prefs[] = {
    {"security.ssl2.rc4_128", 1},
    {"security.ssl2.rc4_40", 1},
    {"security.ssl2.des", 1},
    {"security.ssl2.des_ede3", 1},
    {"security.warn_entering_secure", 1},
    {"browser.cache.memory_kb", 1024},
};

int prefs_get_int(const char *name, int dflt)
{
    for (size_t i = 0; i < sizeof g_prefs / sizeof g_prefs[0]; i++)
        if (strcmp(g_prefs[i].name, name) == 0)
            return g_prefs[i].value;
    return dflt;
}

int prefs_cipher_enabled(int kind)
{
    switch (kind) {
    case SSL_CK_RC4_128_WITH_MD5:
        return prefs_get_int("security.ssl2.rc4_128", 1);
    case SSL_CK_RC4_128_EXPORT40_WITH_MD5:
        return prefs_get_int("security.ssl2.rc4_40", 1);
    case SSL_CK_DES_64_CBC_WITH_MD5:
        return prefs_get_int("security.ssl2.des", 1);
    case SSL_CK_DES_192_EDE3_CBC_WITH_MD5:
        return prefs_get_int("security.ssl2.des_ede3", 1);
    default:
        return 0;
    }
}

void prefs_set_int(const char *name, int value)
{
    for (size_t i = 0; i < sizeof g_prefs / sizeof g_prefs[0]; i++)
        if (strcmp(g_prefs[i].name, name) == 0)
            g_prefs[i].value = value;
}
