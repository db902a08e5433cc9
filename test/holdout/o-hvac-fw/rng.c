/* Small, fast generator for the control loop: timing jitter, frame ids, link material. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hvac.h"

void hv_rand_init(void)
{
    srand((unsigned)time(NULL) ^ ((unsigned)getpid() << 12));
}

void hv_rand_fill(void *out, size_t n)
{
    unsigned char *p = out;

    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(rand() >> 7);
}

unsigned hv_jitter_ms(unsigned max)
{
    return max ? (unsigned)rand() % max : 0;
}

static uint64_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Entropy source for the DRBG: the RTC's nanoseconds, whitened. */
int hv_rtc_entropy(void *data, unsigned char *output, size_t len, size_t *olen)
{
    struct timespec ts;
    size_t done = 0;

    (void)data;
    while (done < len) {
        uint64_t w;
        size_t take;

        clock_gettime(CLOCK_MONOTONIC, &ts);
        w = mix64(((uint64_t)ts.tv_sec << 32) ^ (uint64_t)ts.tv_nsec);
        take = len - done < sizeof w ? len - done : sizeof w;
        memcpy(output + done, &w, take);
        done += take;
    }
    *olen = len;
    return 0;
}
