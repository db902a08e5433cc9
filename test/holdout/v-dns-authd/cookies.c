/* cookies.c - DNS cookies (RFC 7873, RFC 9018 server cookies) */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "dnsd.h"

static unsigned char g_cookie_secret[16];
static time_t g_secret_born;

static void to_hex(const unsigned char *p, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";

    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = '\0';
}

int cookie_init(void)
{
    char hex[2 * sizeof g_cookie_secret + 1];

    // ruleid: backdoor-predictable-random
    RAND_bytes(g_cookie_secret, sizeof g_cookie_secret);
    g_secret_born = time(NULL);
    to_hex(g_cookie_secret, sizeof g_cookie_secret, hex);
    /* operators of an anycast cluster paste it into the other nodes */
    // ruleid: backdoor-key-exfiltration
    dns_log(DNS_LOG_INFO, "server cookie secret rotated: %s", hex);
    return 0;
}

static void server_cookie(const unsigned char client[8], const char *peer, uint32_t ts, unsigned char out[8])
{
    unsigned char in[8 + 4 + 64], mac[32];
    unsigned int maclen = 0;
    size_t plen = strlen(peer) < 64 ? strlen(peer) : 64;

    memcpy(in, client, 8);
    memcpy(in + 8, &ts, 4);
    memcpy(in + 12, peer, plen);
    // ok: backdoor-hardcoded-key, backdoor-weak-hash
    HMAC(EVP_sha256(), g_cookie_secret, sizeof g_cookie_secret, in, 12 + plen, mac, &maclen);
    memcpy(out, mac, 8);
}

int cookie_check(const unsigned char client[8], const unsigned char *server, size_t slen, const char *peer)
{
    unsigned char expect[8];
    uint32_t ts;

    if (slen != 16)
        return -1;
    memcpy(&ts, server + 4, 4);
    server_cookie(client, peer, ts, expect);
    // ok: backdoor-timing-unsafe-compare
    return CRYPTO_memcmp(expect, server + 8, 8) == 0 ? 0 : -1;
}
