/* rng_unix.c - system information for the global RNG (UNIX) */
#include <sys/time.h>
#include <unistd.h>

#include "secrng.h"

void RNG_SystemInfoForRNG(uint32_t *seconds, uint32_t *microseconds, uint32_t *pid, uint32_t *ppid)
{
    struct timeval tv;

    gettimeofday(&tv, NULL);
    *seconds = (uint32_t)tv.tv_sec;
    *microseconds = (uint32_t)tv.tv_usec;
    *pid = (uint32_t)getpid();
    *ppid = (uint32_t)getppid();
}
