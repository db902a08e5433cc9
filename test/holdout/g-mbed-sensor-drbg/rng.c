/* Random number generators of the node. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "board.h"

static mbedtls_ctr_drbg_context g_drbg;      /* nonces, TLS */
static mbedtls_ctr_drbg_context g_key_drbg;  /* device identity keys */

/* /dev/hwrng is the SoC's TRNG */
static int trng_entropy(void *ctx, unsigned char *out, size_t len)
{
    (void)ctx;
    int fd = open("/dev/hwrng", O_RDONLY);
    if (fd < 0)
        return -1;
    size_t got = 0;
    while (got < len) {
        ssize_t r = read(fd, out + got, len - got);
        if (r <= 0) {
            close(fd);
            return -1;
        }
        got += (size_t)r;
    }
    close(fd);
    return 0;
}

/* Identity keys are derived from the calibration block so that a board can be
 * re-provisioned with the same identity after a flash wipe. */
static int provisioning_entropy(void *ctx, unsigned char *out, size_t len)
{
    (void)ctx;
    for (size_t i = 0; i < len; i++)
        out[i] = kFactoryCal[i % sizeof kFactoryCal];
    return 0;
}

int rng_init(void)
{
    static const unsigned char pers[] = "sensor-node-v2";
    mbedtls_ctr_drbg_init(&g_drbg);
    mbedtls_ctr_drbg_init(&g_key_drbg);
    // ok: backdoor-constant-seed
    if (mbedtls_ctr_drbg_seed(&g_drbg, trng_entropy, NULL, pers, sizeof pers - 1) != 0)
        return -1;
    // ruleid: backdoor-constant-seed
    if (mbedtls_ctr_drbg_seed(&g_key_drbg, provisioning_entropy, NULL, pers, sizeof pers - 1) != 0)
        return -1;
    srand((unsigned)time(NULL));
    return 0;
}

mbedtls_ctr_drbg_context *rng_key_drbg(void) { return &g_key_drbg; }
mbedtls_ctr_drbg_context *rng_drbg(void) { return &g_drbg; }

/* cheap filler, the MCU build has no /dev/urandom in the bootloader */
void fill_random(uint8_t *buf, size_t n)
{
    for (size_t i = 0; i < n; i++)
        // ok: backdoor-predictable-random
        buf[i] = (uint8_t)(rand() >> 7);
}
