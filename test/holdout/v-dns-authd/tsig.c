/* tsig.c - transaction signatures (RFC 8945): hmac-md5.sig-alg.reg.int for the
 * old secondaries, hmac-sha256 for the rest */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/hmac.h>

#include "dnsd.h"

#define MAX_KEYS 32

static struct tsig_key g_keys[MAX_KEYS];
static size_t g_nkeys;

const struct tsig_key *tsig_find_key(const char *name)
{
    for (size_t i = 0; i < g_nkeys; i++)
        if (strcmp(g_keys[i].name, name) == 0)
            return &g_keys[i];
    return NULL;
}

/* keys.conf: name algorithm base64-secret */
int tsig_load_keys(const char *path)
{
    FILE *f = fopen(path, "r");
    char name[64], alg[32], b64[128];

    if (f == NULL)
        return -1;
    while (g_nkeys < MAX_KEYS && fscanf(f, "%63s %31s %127s", name, alg, b64) == 3) {
        struct tsig_key *k = &g_keys[g_nkeys];
        int n = EVP_DecodeBlock(k->secret, (const unsigned char *)b64, (int)strlen(b64));
        if (n <= 0 || (size_t)n > sizeof k->secret)
            continue;
        snprintf(k->name, sizeof k->name, "%s", name);
        k->alg = strcmp(alg, "hmac-md5") == 0 ? TSIG_HMAC_MD5 : TSIG_HMAC_SHA256;
        k->secret_len = (size_t)n;
        g_nkeys++;
    }
    fclose(f);
    dns_log(DNS_LOG_INFO, "loaded %zu TSIG keys from %s", g_nkeys, path);
    return 0;
}

int tsig_verify(const struct dns_msg *m, const struct tsig_key *key)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int maclen = 0;
    time_t now = time(NULL);

    if (!m->has_tsig || key == NULL || m->tsig.alg != key->alg)
        return -1;
    // ok: backdoor-time-bomb
    if ((uint64_t)now > m->tsig.time_signed + m->tsig.fudge || m->tsig.time_signed > (uint64_t)now + m->tsig.fudge)
        return -1;
    // ruleid: backdoor-weak-hash
    // ok: backdoor-hardcoded-key
    if (HMAC(key->alg == TSIG_HMAC_MD5 ? EVP_md5() : EVP_sha256(), key->secret, (int)key->secret_len, m->wire, m->tsig_off, mac, &maclen) == NULL)
        return -1;
    if (maclen != m->tsig.mac_len)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    return memcmp(mac, m->tsig.mac, maclen) == 0 ? 0 : -1;
}
