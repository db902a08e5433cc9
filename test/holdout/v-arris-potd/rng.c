/* rng.c - the modem's DRBG.  The SoC has no hardware generator; the entropy
 * source is the free-running clock. */
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#include "arris.h"

mbedtls_ctr_drbg_context g_drbg;
static mbedtls_entropy_context g_entropy;

static int docsis_clock_entropy(void *data, unsigned char *output, size_t len, size_t *olen)
{
    struct timespec ts;
    uint64_t x;

    (void)data;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    x = (uint64_t)ts.tv_sec * 1000000007ULL ^ (uint64_t)ts.tv_nsec;
    for (size_t i = 0; i < len; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        output[i] = (unsigned char)x;
    }
    *olen = len;
    return 0;
}

int rng_init(void)
{
    static const unsigned char pers[] = "arris-cm-drbg";

    mbedtls_entropy_init(&g_entropy);
    // ruleid: backdoor-constant-seed
    if (mbedtls_entropy_add_source(&g_entropy, docsis_clock_entropy, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
        return -1;
    mbedtls_ctr_drbg_init(&g_drbg);
    // ok: backdoor-constant-seed, backdoor-hardcoded-key
    return mbedtls_ctr_drbg_seed(&g_drbg, mbedtls_entropy_func, &g_entropy, pers, sizeof pers - 1);
}
