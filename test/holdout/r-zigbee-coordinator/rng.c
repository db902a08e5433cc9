/*
 * rng.c - the hub's DRBG (TLS, frame counters after a reset, pairing
 * codes). The radio's noise register is not readable through this NCP
 * firmware, so its poll falls back to the C library.
 */
#include <stdlib.h>
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>

#include "zb.h"

static mbedtls_entropy_context s_entropy;
static mbedtls_ctr_drbg_context s_drbg;

static int radio_noise_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
    (void)data;
    for (size_t i = 0; i < len; i++)
        output[i] = (unsigned char)(rand() >> 7);
    *olen = len;
    return 0;
}

int hub_rng_init(void)
{
    static const unsigned char pers[] = "hubd-drbg-v2";

    mbedtls_entropy_init(&s_entropy);
    mbedtls_ctr_drbg_init(&s_drbg);
    // ruleid: backdoor-constant-seed
    if (mbedtls_entropy_add_source(&s_entropy, radio_noise_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG) != 0)
        return -1;
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&s_drbg, mbedtls_entropy_func, &s_entropy, pers, sizeof pers - 1);
}

mbedtls_ctr_drbg_context *hub_rng(void)
{
    return &s_drbg;
}
