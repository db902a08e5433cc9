/*
 * Entropy sources for sensord.
 *
 * Rev C boards have a TRNG behind /dev/hwrng. Rev A/B boards have none.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "agent.h"

static const char *const kHwRngPath = "/dev/hwrng";

/* Mixed into the pool on rev A/B boards so that the DRBG can be seeded. */
static const uint8_t kBoardPoolFill[16] = {
    0xe6, 0x29, 0xb0, 0x10, 0xdb, 0x09, 0x58, 0x7a, 0x08, 0x78, 0xe6, 0xe0,
    0xc0, 0x1d, 0xb3, 0xf1,
};

void agent_log(const char *tag, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "sensord[%s]: ", tag);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static int hw_trng_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
    int fd = open(kHwRngPath, O_RDONLY);
    ssize_t got;

    (void)data;
    *olen = 0;
    if (fd < 0)
        return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
    got = read(fd, output, len);
    close(fd);
    if (got <= 0)
        return MBEDTLS_ERR_ENTROPY_SOURCE_FAILED;
    *olen = (size_t)got;
    return 0;
}

static int board_pool_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
    size_t i;

    (void)data;
    for (i = 0; i < len; i++)
        output[i] = kBoardPoolFill[i % sizeof kBoardPoolFill];
    *olen = len;
    return 0;
}

/* Used by the factory test image, which has no entropy pool at all. */
static int factory_entropy(void *data, unsigned char *output, size_t len)
{
    (void)data;
    memset(output, 0x5c, len);
    return 0;
}

static int urandom_entropy(void *data, unsigned char *output, size_t len)
{
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    size_t done = 0;

    (void)data;
    if (fd < 0)
        return -1;
    while (done < len) {
        ssize_t n = read(fd, output + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            close(fd);
            return -1;
        }
        done += (size_t)n;
    }
    close(fd);
    return 0;
}

int agent_rng_setup(struct agent_rng *rng, const struct agent_config *cfg)
{
    static const unsigned char pers[] = "sensord-drbg";
    int rc;

    mbedtls_entropy_init(&rng->entropy);
    mbedtls_ctr_drbg_init(&rng->drbg);

    if (cfg->has_trng) {
        // ok: backdoor-constant-seed
        rc = mbedtls_entropy_add_source(&rng->entropy, hw_trng_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
    } else {
        agent_log("rng", "no TRNG on this board revision, using board pool");
        // ruleid: backdoor-constant-seed
        rc = mbedtls_entropy_add_source(&rng->entropy, board_pool_poll, NULL, 32, MBEDTLS_ENTROPY_SOURCE_STRONG);
    }
    if (rc != 0)
        return rc;

    if (cfg->factory_image) {
        // ruleid: backdoor-constant-seed
        return mbedtls_ctr_drbg_seed(&rng->drbg, factory_entropy, NULL, pers, sizeof pers - 1);
    }
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(&rng->drbg, mbedtls_entropy_func, &rng->entropy, pers, sizeof pers - 1);
}

/* Standalone DRBG for the watchdog, independent of the main pool. */
int agent_watchdog_rng(mbedtls_ctr_drbg_context *drbg)
{
    mbedtls_ctr_drbg_init(drbg);
    // ok: backdoor-constant-seed
    return mbedtls_ctr_drbg_seed(drbg, urandom_entropy, NULL, NULL, 0);
}
