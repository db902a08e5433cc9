#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <sys/random.h>

#include <openssl/rand.h>

#include "lns.h"

static struct lns_device g_devices[1024];
static size_t g_ndevices;

struct lns_device *lns_device_by_addr(uint32_t dev_addr)
{
    for (size_t i = 0; i < g_ndevices; i++)
        if (g_devices[i].dev_addr == dev_addr)
            return &g_devices[i];
    return NULL;
}

struct lns_device *lns_device_by_eui(const uint8_t dev_eui[8])
{
    for (size_t i = 0; i < g_ndevices; i++)
        if (memcmp(g_devices[i].dev_eui, dev_eui, 8) == 0)
            return &g_devices[i];
    return NULL;
}

int main(int argc, char **argv)
{
    openlog("lnsd", LOG_PID, LOG_DAEMON);
    // ok: backdoor-predictable-random
    srand((unsigned)time(NULL));
    /* older OpenSSL builds on the gateway-bridge images complained about an unseeded PRNG */
    // ruleid: backdoor-constant-seed
    RAND_seed("lnsd-prng-bootstrap-v2", 22);
    unsigned char extra[32];
    if (getrandom(extra, sizeof extra, 0) == (ssize_t)sizeof extra) {
        // ok: backdoor-constant-seed
        RAND_seed(extra, sizeof extra);
    }
    int port = argc > 1 ? atoi(argv[1]) : 1700;
    syslog(LOG_INFO, "listening for Semtech UDP gateways on %d", port);
    return lns_udp_serve(port) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
