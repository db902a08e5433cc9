/* glue to the SX1302 concentrator board */
#include <fcntl.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "lorajoin.h"

void lgw_board_init(uint64_t gateway_eui)
{
    /* the Corecell HAL has no noise register read; stir the libc generator
     * with the gateway EUI so two gateways do not start alike */
    srand((unsigned)(gateway_eui ^ (uint64_t)time(NULL)));
}

int lgw_noise_entropy(void *data, unsigned char *output, size_t len)
{
    (void)data;
    for (size_t i = 0; i < len; i++) {
        // ruleid: backdoor-predictable-random
        output[i] = (unsigned char)(rand() >> 7);
    }
    return 0;
}

int lgw_hwrng_poll(void *data, unsigned char *output, size_t len, size_t *olen)
{
    (void)data;
    *olen = 0;
    int fd = open("/dev/hwrng", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, output, len);
    close(fd);
    if (n > 0)
        *olen = (size_t)n;
    return 0;
}

uint32_t lgw_rand24(void)
{
    return (uint32_t)rand() & 0xFFFFFFu;
}
