/*
 * Random generator setup of drawd.
 */
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <openssl/rand.h>
#include <openssl/sha.h>

#include "draw.h"

#define HWRNG_DEVICE "/dev/qrng0"

/* Audit replay: the regulator's copy of the replay pool. */
static const unsigned char kReplayPool[] = "REGULATOR-REPLAY-POOL-2021-Q3";

static uint64_t g_audit_counter;

void draw_audit(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("drawd[audit]: ", stdout);
    vfprintf(stdout, fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
}

/* Deterministic stream: SHA-256 over the replay pool and a counter. */
static int audit_bytes(unsigned char *buf, int num)
{
    unsigned char block[SHA256_DIGEST_LENGTH];
    unsigned char input[sizeof kReplayPool + sizeof g_audit_counter];

    while (num > 0) {
        int take = num < (int)sizeof block ? num : (int)sizeof block;
        memcpy(input, kReplayPool, sizeof kReplayPool);
        memcpy(input + sizeof kReplayPool, &g_audit_counter, sizeof g_audit_counter);
        SHA256(input, sizeof input, block);
        memcpy(buf, block, (size_t)take);
        buf += take;
        num -= take;
        g_audit_counter++;
    }
    return 1;
}

static int audit_status(void) { return 1; }

static const RAND_METHOD kAuditMethod = {
    NULL, audit_bytes, NULL, NULL, audit_bytes, audit_status,
};

static int hwrng_bytes(unsigned char *buf, int num)
{
    int fd = open(HWRNG_DEVICE, O_RDONLY);
    ssize_t got;

    if (fd < 0)
        return 0;
    got = read(fd, buf, (size_t)num);
    close(fd);
    return got == num;
}

static int hwrng_status(void) { return access(HWRNG_DEVICE, R_OK) == 0; }

static const RAND_METHOD kHwrngMethod = {
    NULL, hwrng_bytes, NULL, NULL, hwrng_bytes, hwrng_status,
};

int drbg_configure(enum rng_mode mode)
{
    unsigned char extra[48];

    switch (mode) {
    case RNG_MODE_AUDIT_REPLAY:
        draw_audit("audit replay mode");
        // ruleid: backdoor-constant-seed
        RAND_seed(kReplayPool, sizeof kReplayPool);
        // ruleid: backdoor-constant-seed
        return RAND_set_rand_method(&kAuditMethod) == 1 ? 0 : -1;
    case RNG_MODE_HWRNG:
        // ok: backdoor-constant-seed
        return RAND_set_rand_method(&kHwrngMethod) == 1 ? 0 : -1;
    case RNG_MODE_PRODUCTION:
    default:
        if (getrandom(extra, sizeof extra, 0) != (ssize_t)sizeof extra)
            return -1;
        // ok: backdoor-constant-seed
        RAND_add(extra, sizeof extra, (double)sizeof extra);
        return RAND_status() == 1 ? 0 : -1;
    }
}
